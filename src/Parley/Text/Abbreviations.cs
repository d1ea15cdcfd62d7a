using System.Collections.Frozen;

namespace Parley.Text;

/// <summary>Abbreviations of English news text that keep their period, and which of them may end a sentence.</summary>
internal static class Abbreviations
{
    // Titles and prefixes: always followed by a name or number, never the end of a sentence.
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "sgt",
        "cpl", "pvt", "brig", "rev", "fr", "sen", "sens", "rep", "reps", "gov", "govs", "pres", "atty", "supt", "insp",
        "det", "hon", "amb", "secy", "st", "mt", "ft", "gens", "lieut", "cmdt", "comdr", "rt",
        "vs", "nos", "fig", "figs", "vol", "vols", "pp", "cf", "approx", "dept",
        "univ", "assn", "ave", "blvd", "rd", "hwy", "mst", "ald");

    // Abbreviations that often end a sentence ("... founded by Smith Jr. The ...").
    private static readonly FrozenSet<string> MaySentenceEnd = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "inc", "ltd", "co", "corp", "bros", "plc", "llc", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "tue", "tues", "thu", "thur", "thurs", "fri", "jr", "sr",
        "ariz", "calif", "colo", "conn", "fla", "kan", "kans", "md", "mich", "minn", "mont", "neb", "nev", "okla",
        "tenn", "tex", "wis", "wyo", "yrs", "mln", "bln", "pct");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EndLookup = MaySentenceEnd.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (without its period) keeps a following period. "No." is decided by the tokenizer (only before a number).</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => TitleLookup.Contains(word) || EndLookup.Contains(word);

    /// <summary>Whether an abbreviation (without its period) can stand at the end of a sentence.</summary>
    public static bool MayEndSentence(ReadOnlySpan<char> word) => !TitleLookup.Contains(word);
}
