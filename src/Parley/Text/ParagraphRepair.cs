using System.Collections.Frozen;
using System.Text;

namespace Parley.Text;

/// <summary>
/// Rebuilds paragraphs from the line structure of plain or scraped text. The output has one paragraph per
/// line pair: paragraphs are separated by exactly "\n\n" and contain no other line breaks.
/// </summary>
/// <remarks>
/// Two kinds of line break need opposite treatment. Hard-wrapped text (wire copy, e-mail) breaks lines at
/// a fixed width: those breaks are spaces. Scraped pages break lines around every linked name, so that
/// "talks between the President of Azerbaijan\n\nIlham Aliyev\n\nand the Prime Minister of Armenia" is one
/// sentence in three blocks. A break is kept as a paragraph break unless the text around it shows that the
/// sentence goes on: the text before it has no terminal punctuation and either the text after it starts
/// in lower case or with continuing punctuation, or the text before it ends with a word that cannot end a
/// sentence ("of", "the", "and" …), or the text after it is a short fragment followed by such a continuation.
/// </remarks>
public static class ParagraphRepair
{
    // Words after which an English sentence cannot end: a break after them is a scraping artefact.
    private static readonly FrozenSet<string> Continuers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "of", "and", "or", "but", "nor", "between", "with", "without", "to", "by", "for", "from",
        "in", "on", "at", "as", "into", "onto", "upon", "about", "against", "among", "over", "under", "than",
        "that", "which", "who", "whom", "whose", "his", "her", "their", "its", "our", "my", "your", "this",
        "these", "those", "said", "says", "told", "including", "like", "via", "per", "after", "before",
        "during", "since", "until", "toward", "towards", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "will", "would", "could", "should", "may", "might", "must", "not", "mr", "mrs", "ms", "dr");

    private const int FragmentMaxWords = 6;

    /// <summary>Returns the text with paragraphs separated by "\n\n" and no other line breaks.</summary>
    public static string Repair(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var segments = JoinHardWrappedLines(normalizedText);
        var builder = t_builder ??= new StringBuilder(1024);
        builder.Clear();
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                if (SentenceContinues(segments, i))
                {
                    if (!StartsWithClosingPunctuation(segments[i]))
                    {
                        builder.Append(' ');
                    }
                }
                else
                {
                    builder.Append("\n\n");
                }
            }

            builder.Append(segments[i]);
        }

        var repaired = builder.ToString();
        if (builder.Capacity > MaxCachedBuilder)
        {
            t_builder = null;
        }

        return repaired;
    }

    // A per-thread builder for Repair, kept while it stays below MaxCachedBuilder characters: the text stage runs for
    // every document, and a new builder per document was a copy of the whole text.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    private const int MaxCachedBuilder = 1 << 20;

    // Splits the text into segments at line breaks, joining the lines of hard-wrapped blocks.
    private static List<string> JoinHardWrappedLines(string text)
    {
        var segments = new List<string>();
        var block = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = CollapseSpaces(rawLine);
            if (line.Length == 0)
            {
                FlushBlock(block, segments);
                continue;
            }

            block.Add(line);
        }

        FlushBlock(block, segments);
        return segments;
    }

    private static void FlushBlock(List<string> block, List<string> segments)
    {
        if (block.Count == 0)
        {
            return;
        }

        // A block whose lines (except the last) all reach most of its widest line is hard-wrapped prose.
        var width = block.Max(l => l.Length);
        var wrapped = block.Count >= 2 && width >= 40;
        for (var i = 0; i < block.Count - 1 && wrapped; i++)
        {
            wrapped = block[i].Length >= width * 0.6;
        }

        if (wrapped)
        {
            segments.Add(string.Join(' ', block));
        }
        else
        {
            segments.AddRange(block);
        }

        block.Clear();
    }

    private static bool SentenceContinues(List<string> segments, int next)
    {
        var before = segments[next - 1];
        var after = segments[next];
        if (EndsWithTerminalPunctuation(before))
        {
            return false;
        }

        if (StartsLikeContinuation(after) || Continuers.Contains(LastWord(before)))
        {
            return true;
        }

        return IsFragment(after) && next + 1 < segments.Count && StartsLikeContinuation(segments[next + 1]);
    }

    private static bool EndsWithTerminalPunctuation(string segment)
    {
        var end = segment.Length - 1;
        while (end >= 0 && segment[end] is '"' or '\'' or ')' or ']')
        {
            end--;
        }

        return end >= 0 && segment[end] is '.' or '!' or '?' or ':';
    }

    private static bool StartsLikeContinuation(string segment) =>
        char.IsLower(segment[0]) || StartsWithClosingPunctuation(segment);

    private static bool StartsWithClosingPunctuation(string segment) =>
        segment[0] is ',' or ';' or ':' or '.' or ')' or ']' or '!' or '?' or '%';

    private static bool IsFragment(string segment)
    {
        if (EndsWithTerminalPunctuation(segment))
        {
            return false;
        }

        var words = 1;
        foreach (var c in segment)
        {
            if (c == ' ' && ++words > FragmentMaxWords)
            {
                return false;
            }
        }

        return true;
    }

    private static string LastWord(string segment)
    {
        var end = segment.Length;
        var start = segment.LastIndexOf(' ') + 1;
        while (end > start && !char.IsLetterOrDigit(segment[end - 1]))
        {
            end--;
        }

        return segment[start..end];
    }

    private static string CollapseSpaces(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IndexOf("  ") < 0)
        {
            // Most lines need neither: the line itself, not a copy.
            return trimmed.Length == line.Length ? line : trimmed.ToString();
        }

        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (c != ' ' || builder[^1] != ' ')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
