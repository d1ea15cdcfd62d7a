using System.Buffers;
using System.Text;

namespace Parley.Text;

/// <summary>
/// Maps the typographic variety of news text onto the small set of characters the tokenizer expects:
/// curly quotes to straight ones, dashes to '-', the many Unicode spaces to ' ', line and paragraph
/// separators to '\n'; removes soft hyphens, zero-width characters and control characters; composes
/// to Unicode NFC so that "Erdog\u0306an" and "Erdoğan" are one string.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Returns the normalised text. Line structure is kept (see <see cref="ParagraphRepair"/>).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        // Most wire text has no character to replace or drop: then the text is the result, with no copy. Otherwise the
        // part before the first such character is copied as it is and the rest rewritten.
        var first = text.AsSpan().IndexOfAny(Rewritten);
        if (first < 0)
        {
            return text;
        }

        var builder = t_builder ??= new StringBuilder(1024);
        builder.Clear();
        builder.Append(text, 0, first);
        Rewrite(text.AsSpan(first), builder);
        var result = builder.ToString();
        if (builder.Capacity > MaxCachedBuilder)
        {
            t_builder = null;
        }

        return result;
    }

    // Characters Rewrite does not copy as they are: found by running it on each character alone, so that the fast
    // path cannot drift from the rules.
    private static readonly SearchValues<char> Rewritten = FindRewritten();

    // The per-thread builder is kept only while it stays below this many characters (a very long document lets it go).
    private const int MaxCachedBuilder = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    private static SearchValues<char> FindRewritten()
    {
        var builder = new StringBuilder(8);
        var rewritten = new List<char>();
        Span<char> one = stackalloc char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            builder.Clear();
            Rewrite(one, builder);
            if (builder.Length != 1 || builder[0] != c)
            {
                rewritten.Add((char)c);
            }
        }

        return SearchValues.Create([.. rewritten]);
    }

    // Appends the normalised form of the (composed) text to the builder.
    private static void Rewrite(ReadOnlySpan<char> text, StringBuilder builder)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    // \r\n and a lone \r both become one \n.
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u2028':
                    builder.Append('\n');
                    break;
                case '\u2029':
                    builder.Append("\n\n");
                    break;
                case '\t' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' or '\u000B' or '\u000C':
                    builder.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break; // soft hyphen, zero-width characters, byte-order mark
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '\u0060':
                    builder.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A':
                    builder.Append('"');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFE63' or '\uFF0D':
                    builder.Append('-');
                    break;
                case '\u2013' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B':
                    // En and em dashes separate clauses: keep them as a spaced dash so that "Baku—the capital" splits.
                    builder.Append(" - ");
                    break;
                case '\u2026':
                    builder.Append("...");
                    break;
                default:
                    if (char.IsControl(c) && c != '\n')
                    {
                        break;
                    }

                    builder.Append(c);
                    break;
            }
        }
    }
}
