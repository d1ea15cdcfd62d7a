using Parley.Lexicon;
using Parley.Lexicon.Actors;

namespace Parley.Coding;

/// <summary>An actor named in a sentence: its tokens and what they resolve to.</summary>
/// <param name="Start">Index of the first token (document-wide).</param>
/// <param name="EndExclusive">Index one past the last token.</param>
/// <param name="Country">ISO3 code, when known.</param>
/// <param name="Org">Organisation id, when known.</param>
/// <param name="Role">Role code, when known.</param>
/// <param name="Name">Canonical name of the main entry.</param>
/// <param name="Entries">The dictionary entries combined into this mention ("Armenian" + "prime minister").</param>
public sealed record ActorMention(int Start, int EndExclusive, string? Country, string? Org, string? Role, string Name, IReadOnlyList<ActorEntry> Entries)
{
    /// <summary>For a person: the office they held on the date the mention was resolved on, if any.</summary>
    public RoleInterval? Office { get; init; }

    /// <summary>A code taken as it stands from an imported dictionary, overriding the composed one.</summary>
    public string? ExplicitCode { get; init; }

    /// <summary>How the mention was resolved beyond the dictionary ("apposition: …", "coreference: …"), for the explanation.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// For "they" standing for a list named before ("Chile and Peru criticized Bolivia. They …"), and for a list of agents
    /// of a list of countries ("lawmakers and officials of Chile and Peru"): each actor it stands for, at the mention's
    /// tokens; null otherwise.
    /// </summary>
    public IReadOnlyList<ActorMention>? Members { get; init; }

    /// <summary>Whether the mention is a group named without a country of its own ("protesters") that took one from its context.</summary>
    public bool IsContextGroup { get; init; }

    /// <summary>The CAMEO-style code (<see cref="ActorCodes.Of"/>): "RUSGOV", "CSTO", "PSEREB".</summary>
    public string Code => ExplicitCode ?? ActorCodes.Of(Country, Org, Role);
}
