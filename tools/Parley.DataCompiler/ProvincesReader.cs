using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Lexicon.Places;
using Parley.Tagging;

namespace Parley.DataCompiler;

/// <summary>
/// Reads the states and provinces of the npm package provinces (provinces.json: rows of <c>name</c>, <c>country</c>
/// (ISO2), optional <c>english</c>, <c>alt</c>, <c>region</c>, <c>short</c>) as first-level regions of the gazetteer:
/// names and country only (the package has no coordinates), so their precision is the region.
/// </summary>
/// <remarks>
/// Which names are kept, and why:
/// <list type="bullet">
/// <item>A row with a <c>region</c> is a unit below the first level (an English county, a Peruvian province): its region
/// ("Scotland", "Cusco", "Santa Cruz") is the first-level region, with a leading number or code dropped ("VIII Biobío").</item>
/// <item>A name in another script is replaced by its <c>english</c> name; without one it is left out (news is English).</item>
/// <item>Alternative names are kept unless they are abbreviations: in capitals ("BCS") or the name's own letters in order
/// ("Chih" for Chihuahua); short codes are never names.</item>
/// <item>A name that is also a country's name, adjective, capital or metonym ("Georgia", "Mexico", "Niger", "Taiwan",
/// "Somali", "Islamabad", "Hongkong") or a national capital ("Hà Nội") is left out, compared by <see cref="Key"/>: those win; so is one written in data/places for the same
/// country. One written there for another country stays, and the name becomes undecided ("Punjab").</item>
/// <item>A one-word name that is an ordinary English word in lower case, as the tagger knows it ("Rivers", "Plateau",
/// "Down"), is left out: such words are read as words far more often than as a state.</item>
/// </list>
/// The same name in two countries is kept for both; the gazetteer then leaves the country to the sentence
/// (<see cref="Gazetteer.IsUndecided"/>).
/// </remarks>
internal static partial class ProvincesReader
{
    public static List<PlaceInfo> Read(string path, IReadOnlyDictionary<string, string> iso2, ISet<string> reserved, ISet<(string, string)> authored, PosTagger words)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var seen = new HashSet<(string, string)>();
        var result = new List<PlaceInfo>();
        foreach (var row in json.RootElement.EnumerateArray())
        {
            if (!iso2.TryGetValue(Text(row, "country") ?? string.Empty, out var country))
            {
                continue;
            }

            string? name;
            var aliases = new List<string>();
            if (Text(row, "region") is { } region)
            {
                // A region is named with a capital; "autonomous" is a note, not a name.
                name = LeadingCode().Replace(region, string.Empty);
                if (name.Length == 0 || !char.IsUpper(name[0]))
                {
                    continue;
                }
            }
            else
            {
                name = Text(row, "name") is { } native && IsLatin(native) ? native : Text(row, "english");
                if (row.TryGetProperty("alt", out var alt) && alt.ValueKind == JsonValueKind.Array)
                {
                    foreach (var a in alt.EnumerateArray())
                    {
                        if (a.GetString() is { } other && name is not null && !IsAbbreviation(other, name))
                        {
                            aliases.Add(other);
                        }
                    }
                }
            }

            if (name is null || name.Length == 0 || !IsLatin(name) || !char.IsLetter(name[0]))
            {
                continue;
            }

            name = char.ToUpperInvariant(name[0]) + name[1..];
            if (!Keep(name, reserved, words) || authored.Contains((name, country)) || !seen.Add((name, country)))
            {
                continue;
            }

            aliases.RemoveAll(a => !IsLatin(a) || !Keep(a, reserved, words) || authored.Contains((a, country)) || a == name);
            result.Add(new PlaceInfo(name, [.. aliases.Distinct(StringComparer.Ordinal)], country, double.NaN, double.NaN, 0, PlaceKind.Region));
        }

        return result;
    }

    private static bool Keep(string name, ISet<string> reserved, PosTagger words)
    {
        if (reserved.Contains(Key(name)))
        {
            return false;
        }

        // A name of several words is a name even of ordinary ones ("New South Wales", "Cross River").
        return name.Contains(' ', StringComparison.Ordinal) || !words.IsKnownWord(name.ToLowerInvariant());
    }

    // "BCS", "Chih" (Chihuahua), "Q Roo" (Quintana Roo): capitals, or the name's letters in order.
    private static bool IsAbbreviation(string alt, string name)
    {
        if (alt.Length < 4 || alt.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return true;
        }

        var n = 0;
        foreach (var c in alt)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            while (n < name.Length && char.ToLowerInvariant(name[n]) != char.ToLowerInvariant(c))
            {
                n++;
            }

            if (n++ >= name.Length)
            {
                return false;
            }
        }

        return char.ToLowerInvariant(alt[0]) == char.ToLowerInvariant(name[0]);
    }

    // Latin letters, with their diacritics ("Nuevo León", "Hà Giang"); not Han, Khmer or Bengali.
    private static bool IsLatin(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c) && !(c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The key under which names are compared with the reserved ones: letters and digits in lower case, without
    /// diacritics, so that "Hongkong" is "Hong Kong" and "Hà Nội" is "Hanoi".
    /// </summary>
    public static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(Parley.Lexicon.Internal.FoldingComparer.Fold(c));
            }
        }

        return key.ToString();
    }

    private static string? Text(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;

    // "VIII Biobío", "RM Santiago Metropolitan": Chile's region numbers.
    [GeneratedRegex(@"^(?:[IVX]+|[A-Z]{2})\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingCode();
}
