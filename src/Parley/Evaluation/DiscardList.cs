using System.Text;

namespace Parley.Evaluation;

/// <summary>
/// PETRARCH's discard list (<c>&lt;Discardfile&gt;</c>): phrases that mark a text as not to be coded at all — sports
/// results, weather, chronologies. A line is a phrase (words joined by blanks or underscores), <c>+</c> in front when it
/// discards the whole story rather than the sentence (a suite record is both), <c>_</c> at the end when the last word
/// must end there (otherwise it is a stem: "BALLCLUB" also finds "ballclubs"). Matching ignores case and starts at a
/// word start. Comments start with <c>#</c>.
/// </summary>
internal sealed class DiscardList
{
    private readonly List<(string Phrase, bool WholeWord, int Line)> _phrases = [];

    /// <summary>The file it was read from.</summary>
    public string File { get; }

    private DiscardList(string file) => File = file;

    /// <summary>How many phrases were read.</summary>
    public int Count => _phrases.Count;

    /// <summary>Reads a discard file.</summary>
    public static DiscardList Read(string file, IEnumerable<string> lines)
    {
        var list = new DiscardList(file);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim().TrimStart('+').Trim();
            if (line.Length == 0 || line.StartsWith('<'))
            {
                continue;
            }

            var words = line.TrimEnd('_').Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                list._phrases.Add((string.Join(' ', words), line.EndsWith('_'), number));
            }
        }

        return list;
    }

    /// <summary>The first phrase found in <paramref name="text"/> with its line, or null when none is.</summary>
    public string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(text);
        foreach (var (phrase, wholeWord, line) in _phrases)
        {
            for (var at = normalized.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = normalized.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + phrase.Length;
                if ((at == 0 || !char.IsLetterOrDigit(normalized[at - 1])) && (!wholeWord || end == normalized.Length || !char.IsLetterOrDigit(normalized[end])))
                {
                    return $"'{phrase}' ({Path.GetFileName(File)}:{line})";
                }
            }
        }

        return null;
    }

    // Runs of white space become one blank, so that a phrase matches across line breaks.
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
