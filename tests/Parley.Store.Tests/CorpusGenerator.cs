using System.Globalization;
using System.Text;

namespace Parley.Store.Tests;

/// <summary>
/// Writes a synthetic news corpus: short articles built from a fixed seed, each with a dateline, two to four
/// event sentences between pairs of countries and background sentences without events. The same arguments
/// always give the same files.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] Adjectives =
    [
        "Turkish", "Greek", "Russian", "Ukrainian", "French", "German", "Armenian", "Azerbaijani", "Chinese", "Japanese",
        "Indian", "Pakistani", "Israeli", "Egyptian", "Brazilian", "Argentine", "Kenyan", "Ethiopian", "Polish", "Italian",
    ];

    private static readonly string[] Countries =
    [
        "Turkey", "Greece", "Russia", "Ukraine", "France", "Germany", "Armenia", "Azerbaijan", "China", "Japan",
        "India", "Pakistan", "Israel", "Egypt", "Brazil", "Argentina", "Kenya", "Ethiopia", "Poland", "Italy",
    ];

    private static readonly string[] Actions =
    [
        "{0} government officials met with {1} diplomats to discuss trade.",
        "{2} criticized {3} over the dispute at the border.",
        "The {0} foreign minister will visit {3} next month, officials said.",
        "{2} accused {3} of violating the ceasefire agreement.",
        "{0} troops clashed with {1} forces near the frontier.",
        "{2} signed an agreement with {3} on energy cooperation.",
        "{2} imposed sanctions on {3} after the vote.",
        "{0} police arrested {1} citizens at the airport.",
        "{2} praised {3} for its role in the talks.",
        "{2} urged {3} to return to the negotiating table.",
    ];

    private static readonly string[] Background =
    [
        "The talks had been planned for several months and were seen as a test of the new government.",
        "Analysts said that the outcome of the meeting would depend on the economy and on the weather.",
        "It was not clear when the next round of talks would take place, and no date has been set.",
        "The region has seen a number of disputes over water, trade and the status of the border in recent years.",
        "Officials declined to give details of the discussions, which were held behind closed doors.",
    ];

    /// <summary>Writes <paramref name="count"/> plain-text articles into <paramref name="directory"/> (created if needed).</summary>
    public static void WriteTextFiles(string directory, int count, int seed, int firstIndex = 0)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        for (var i = firstIndex; i < firstIndex + count; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"article-{i:D5}.txt"), Article(random, i));
        }
    }

    /// <summary>One article's text (its first line is a dateline; the index makes every text unique).</summary>
    public static string Article(Random random, int index)
    {
        var text = new StringBuilder();
        var city = Countries[random.Next(Countries.Length)];
        text.Append(CultureInfo.InvariantCulture, $"Report number {index} from our correspondent in {city}.\n\n");
        var events = 2 + random.Next(3);
        for (var e = 0; e < events; e++)
        {
            var a = random.Next(Countries.Length);
            var b = (a + 1 + random.Next(Countries.Length - 1)) % Countries.Length;
            var template = Actions[random.Next(Actions.Length)];
            text.Append(string.Format(CultureInfo.InvariantCulture, template, Adjectives[a], Adjectives[b], Countries[a], Countries[b]));
            text.Append(' ');
            text.Append(Background[random.Next(Background.Length)]);
            text.Append("\n\n");
        }

        return text.ToString();
    }
}
