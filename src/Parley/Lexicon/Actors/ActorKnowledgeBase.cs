using Parley.Data;

namespace Parley.Lexicon.Actors;

/// <summary>
/// Everything Parley knows about actors: countries, organisations with dated memberships, people with dated
/// offices, and agents (roles without names). The built-in one is compiled from data/actors by
/// tools/Parley.DataCompiler into actors.pdat.
/// </summary>
public sealed class ActorKnowledgeBase
{
    private static readonly Lazy<ActorKnowledgeBase> BuiltIn = new(() => ActorKnowledgeBaseFile.Read(DataFileReader.OpenEmbedded("actors.pdat", ActorKnowledgeBaseFile.Kind)));

    /// <summary>Creates a knowledge base from its parts.</summary>
    public ActorKnowledgeBase(IReadOnlyList<CountryInfo> countries, IReadOnlyList<OrganisationInfo> organisations, IReadOnlyList<PersonInfo> people, IReadOnlyList<AgentInfo> agents, string versionId)
    {
        Countries = countries;
        Organisations = organisations;
        People = people;
        Agents = agents;
        VersionId = versionId;
        CountryByCode = countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        OrganisationById = organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>The knowledge base built into the library.</summary>
    public static ActorKnowledgeBase Default => BuiltIn.Value;

    /// <summary>Countries.</summary>
    public IReadOnlyList<CountryInfo> Countries { get; }

    /// <summary>Organisations.</summary>
    public IReadOnlyList<OrganisationInfo> Organisations { get; }

    /// <summary>People.</summary>
    public IReadOnlyList<PersonInfo> People { get; }

    /// <summary>Agents.</summary>
    public IReadOnlyList<AgentInfo> Agents { get; }

    /// <summary>Provenance: input hashes and compiler version.</summary>
    public string VersionId { get; }

    /// <summary>Countries by ISO3 code.</summary>
    public IReadOnlyDictionary<string, CountryInfo> CountryByCode { get; }

    /// <summary>Organisations by id.</summary>
    public IReadOnlyDictionary<string, OrganisationInfo> OrganisationById { get; }
}
