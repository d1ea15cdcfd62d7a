namespace Parley.Lexicon;

/// <summary>What an actor phrase stands for.</summary>
/// <param name="Kind">The kind of entry.</param>
/// <param name="Country">ISO3 code, when the entry belongs to a country.</param>
/// <param name="Org">Organisation id, when the entry is or belongs to one.</param>
/// <param name="Role">Role code, when the entry implies one ("GOV" for "the Kremlin", "COP" for "police").</param>
/// <param name="Name">Canonical name ("Russia", "the Kremlin", "police").</param>
/// <param name="Source">Where the entry is defined ("countries.txt:812").</param>
public sealed record ActorEntry(ActorKind Kind, string? Country, string? Org, string? Role, string Name, string Source)
{
    /// <summary>The CAMEO-style code: country or organisation followed by the role ("RUSGOV", "NATO").</summary>
    public string Code => (Country ?? Org ?? "---") + (Role ?? string.Empty);
}
