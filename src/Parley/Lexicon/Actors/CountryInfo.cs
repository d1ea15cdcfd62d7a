namespace Parley.Lexicon.Actors;

/// <summary>A country or commonly coded entity.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 (KSV for Kosovo).</param>
/// <param name="Name">Usual English short name.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Adjectives">Adjectives and demonyms ("Armenian", "Armenians").</param>
/// <param name="Capital">The capital, if any.</param>
/// <param name="Metonyms">Places standing for the government ("the Kremlin").</param>
/// <param name="Source">Where the entry is.</param>
public sealed record CountryInfo(string Code, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Adjectives, string? Capital, IReadOnlyList<string> Metonyms, string Source)
{
    /// <summary>The day the country became independent, for a country that was part of another (<see cref="Formerly"/>) before.</summary>
    public DateOnly? Founded { get; init; }

    /// <summary>The country its territory belonged to before <see cref="Founded"/> ("SDN" for South Sudan before 2011-07-09).</summary>
    public string? Formerly { get; init; }
}
