using Parley.Lexicon.Actors;

namespace Parley.Lexicon;

/// <summary>What an actor phrase stands for. A person's code depends on the date: see <see cref="ActorDictionary.Resolve"/>.</summary>
/// <param name="Kind">The kind of entry.</param>
/// <param name="Country">ISO3 code, when the entry belongs to a country.</param>
/// <param name="Org">Organisation id, when the entry is or belongs to one.</param>
/// <param name="Role">Role code, when the entry implies one ("GOV" for "the Kremlin", "COP" for "police").</param>
/// <param name="Name">Canonical name ("Russia", "the Kremlin", "police", "Vladimir Putin").</param>
/// <param name="Source">Where the entry is defined ("actors/countries.txt:812").</param>
public sealed record ActorEntry(ActorKind Kind, string? Country, string? Org, string? Role, string Name, string Source)
{
    /// <summary>The person, for <see cref="ActorKind.Person"/> entries.</summary>
    public PersonInfo? Person { get; init; }

    /// <summary>For imported entries: the codes with their date restrictions, in file order; the first that applies wins.</summary>
    public IReadOnlyList<DatedCode> Codes { get; init; } = [];

    /// <summary>For imported entries: the code when no restriction applies (null: no code, as TABARI's "[---]").</summary>
    public string? DefaultCode { get; init; }

    /// <summary>Whether the entry comes from an imported dictionary (those win over built-in entries).</summary>
    public bool IsImported { get; init; }

    /// <summary>
    /// Whether the entry names its actor in lower case too. TABARI reads text in upper case (manual 7.3), so its
    /// dictionaries' entries match whatever the case of the text; Parley's own and PETRARCH's names need a capital
    /// ("turkey" the bird and "chad" are not countries).
    /// </summary>
    public bool MatchesAnyCase { get; init; }

    /// <summary>
    /// For agents of a TABARI <c>.agents</c> file: "former" right before the agent or before the actor it goes with
    /// makes the agent an elite, its code ELI ("former Sylvanian prosecutors": SYLELI), as TABARI implements CAMEO's rule
    /// (manual 5.4.1).
    /// </summary>
    public bool FormerIsElite { get; init; }

    /// <summary>For imported agents written "[CODE~]": the role goes before the actor's code, not after.</summary>
    public bool RoleFirst { get; init; }

    /// <summary>The CAMEO-style code when the entry is not a person: country or organisation followed by the role ("RUSGOV", "NATO").</summary>
    public string Code => ActorCodes.Of(Country, Org, Role);
}
