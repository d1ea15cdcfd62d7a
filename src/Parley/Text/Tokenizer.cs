namespace Parley.Text;

/// <summary>
/// Splits text into tokens in the Penn Treebank style news taggers expect: punctuation apart, possessive
/// "'s" and "n't" split off ("Russia's" → "Russia" "'s"; "didn't" → "did" "n't"), hyphenated words and
/// numbers with separators kept whole, and periods kept on abbreviations, initials and dotted acronyms
/// ("Gen.", "J.", "U.S."). Allocates nothing per token: tokens are offsets into the text.
/// </summary>
public static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Tokenize(string text, TokenBuffer output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        var span = text.AsSpan();
        var i = 0;
        var newlines = 2; // the first token starts a paragraph
        var space = false;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    newlines++;
                }

                space = true;
                i++;
                continue;
            }

            var flags = space ? TokenFlags.SpaceBefore : TokenFlags.None;
            if (newlines >= 2)
            {
                flags |= TokenFlags.ParagraphStart;
            }

            newlines = 0;
            space = false;
            i = ReadToken(span, i, flags, output);
        }
    }

    private static int ReadToken(ReadOnlySpan<char> s, int start, TokenFlags flags, TokenBuffer output)
    {
        var c = s[start];
        if (IsUrlStart(s, start))
        {
            var end = start;
            while (end < s.Length && !char.IsWhiteSpace(s[end]))
            {
                end++;
            }

            while (end > start && s[end - 1] is '.' or ',' or ';' or ':' or ')' or '"' or '\'' or '!' or '?')
            {
                end--;
            }

            output.Add(new TokenData(start, end - start, TokenKind.Url, flags));
            return end;
        }

        if (char.IsLetter(c))
        {
            return ReadWord(s, start, flags, output);
        }

        if (char.IsAsciiDigit(c) || (c is '.' && start + 1 < s.Length && char.IsAsciiDigit(s[start + 1]) && !PrecededByDigit(s, start)))
        {
            return ReadNumber(s, start, flags, output);
        }

        // Multi-character punctuation.
        if (c == '.' && Starts(s, start, "..."))
        {
            var end = start;
            while (end < s.Length && s[end] == '.')
            {
                end++;
            }

            output.Add(new TokenData(start, end - start, TokenKind.Punctuation, flags));
            return end;
        }

        if (c == '-' && start + 1 < s.Length && s[start + 1] == '-')
        {
            var end = start;
            while (end < s.Length && s[end] == '-')
            {
                end++;
            }

            output.Add(new TokenData(start, end - start, TokenKind.Punctuation, flags));
            return end;
        }

        var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        var length = char.IsHighSurrogate(c) && start + 1 < s.Length && char.IsLowSurrogate(s[start + 1]) ? 2 : 1;
        output.Add(new TokenData(start, length, kind, flags));
        return start + length;
    }

    private static int ReadWord(ReadOnlySpan<char> s, int start, TokenFlags flags, TokenBuffer output)
    {
        var i = start;
        var dotted = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }

            var nextIsLetterOrDigit = i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]);
            if (c is '-' or '/' && nextIsLetterOrDigit && i > start)
            {
                i++;
                continue;
            }

            if (c == '\'' && nextIsLetterOrDigit)
            {
                // Clitics split off: 's 're 've 'll 'd 'm (and n't, handled below). Other apostrophes are part of the name.
                if (IsClitic(s, i) || IsNegationClitic(s, start, i))
                {
                    break;
                }

                i++;
                continue;
            }

            if (c == '.' && IsDottedAcronymContinuation(s, start, i))
            {
                dotted = true;
                i++;
                continue;
            }

            break;
        }

        var end = i;

        // "didn't" → "did" + "n't": the 'n' belongs to the clitic.
        var nt = end - start >= 2 && end + 1 < s.Length && s[end] == '\'' && (s[end + 1] is 't' or 'T')
            && s[end - 1] is 'n' or 'N' && !(end + 2 < s.Length && char.IsLetter(s[end + 2]));
        if (nt)
        {
            end--;
        }

        var word = s[start..end];
        if (!nt && end < s.Length && s[end] == '.' && KeepsPeriod(s, word, end, dotted))
        {
            end++;
            flags |= TokenFlags.Abbreviation;
        }

        output.Add(new TokenData(start, end - start, TokenKind.Word, flags | CaseFlags(s[start..end])));
        if (nt)
        {
            output.Add(new TokenData(end, 3, TokenKind.Word, TokenFlags.Clitic));
            return end + 3;
        }

        if (end < s.Length && s[end] == '\'' && IsClitic(s, end))
        {
            var cliticEnd = end + 1;
            while (cliticEnd < s.Length && char.IsLetter(s[cliticEnd]))
            {
                cliticEnd++;
            }

            output.Add(new TokenData(end, cliticEnd - end, TokenKind.Word, TokenFlags.Clitic));
            return cliticEnd;
        }

        return end;
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> s, ReadOnlySpan<char> word, int periodIndex, bool dotted)
    {
        if (dotted)
        {
            return true; // "U.S." — the final period of a dotted acronym
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "George W. Bush"
        }

        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            // "No. 10" keeps its period; "said no." does not.
            var next = periodIndex + 1;
            while (next < s.Length && s[next] == ' ')
            {
                next++;
            }

            return next < s.Length && char.IsAsciiDigit(s[next]) && char.IsUpper(word[0]);
        }

        return Abbreviations.IsAbbreviation(word);
    }

    // "U.S", "U.N", "e.g": letters separated by single periods, each part one or two letters.
    private static bool IsDottedAcronymContinuation(ReadOnlySpan<char> s, int start, int dot)
    {
        if (dot + 1 >= s.Length || !char.IsLetter(s[dot + 1]) || dot - start > 2 && s[dot - 2] != '.')
        {
            return false;
        }

        if (dot - start > 2)
        {
            return true;
        }

        // The part after the period must be short and followed by another period: "U.S." but not "end.The".
        var j = dot + 1;
        while (j < s.Length && char.IsLetter(s[j]))
        {
            j++;
        }

        return j - (dot + 1) <= 2 && dot - start <= 2 && j < s.Length && s[j] == '.';
    }

    // "n't" at the end of a word: the apostrophe stands after an 'n' and before a final 't'.
    private static bool IsNegationClitic(ReadOnlySpan<char> s, int start, int apostrophe) =>
        apostrophe - start >= 2 && s[apostrophe - 1] is 'n' or 'N' && apostrophe + 1 < s.Length && s[apostrophe + 1] is 't' or 'T'
        && !(apostrophe + 2 < s.Length && char.IsLetter(s[apostrophe + 2]));

    private static bool IsClitic(ReadOnlySpan<char> s, int apostrophe)
    {
        var rest = s[(apostrophe + 1)..];
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length]))
        {
            length++;
        }

        var clitic = rest[..length];
        return clitic.Equals("s", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("re", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("d", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    private static int ReadNumber(ReadOnlySpan<char> s, int start, TokenFlags flags, TokenBuffer output)
    {
        var i = start;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) || char.IsLetter(c))
            {
                i++;
                continue;
            }

            // Inner separators: "1,200", "3.5", "10-year-old", "24/7", "10:30".
            // A leading '.' (".50", "$.50") belongs to the number too; without it the token would be empty.
            if (c is ',' or '.' or ':' or '/' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && (i > start || c == '.'))
            {
                i++;
                continue;
            }

            if (c == '-' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        output.Add(new TokenData(start, i - start, TokenKind.Number, flags));
        return i;
    }

    private static TokenFlags CaseFlags(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return TokenFlags.None;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return TokenFlags.Capitalized;
                }

                letters++;
            }
        }

        return letters >= 2 ? TokenFlags.Capitalized | TokenFlags.AllCaps : TokenFlags.Capitalized;
    }

    private static bool IsUrlStart(ReadOnlySpan<char> s, int i) =>
        Starts(s, i, "http://") || Starts(s, i, "https://") || (Starts(s, i, "www.") && i + 4 < s.Length && char.IsLetterOrDigit(s[i + 4]));

    private static bool Starts(ReadOnlySpan<char> s, int i, string prefix) =>
        s[i..].StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool PrecededByDigit(ReadOnlySpan<char> s, int i) => i > 0 && char.IsAsciiDigit(s[i - 1]);
}
