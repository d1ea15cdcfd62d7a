using System.Collections.Frozen;

namespace Parley.Text;

/// <summary>
/// Finds sentence boundaries over tokens. A sentence ends at '.', '!', '?' or '...' (with any closing quotes
/// and brackets that follow) unless the next word starts in lower case; an abbreviation ends a sentence only
/// when it may ("Inc.", "U.S.", "Jan.") and the next word is a typical sentence opener ("The", "He" …); a title
/// ("Gen.", "Sen.", "Dr.") never does. Paragraph starts always begin a sentence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Sentences longer than this are cut, so that no later stage sees an unbounded sentence.</summary>
    public const int MaxTokensPerSentence = 250;

    // Words that open sentences far more often than they follow an abbreviation inside one.
    private static readonly FrozenSet<string> Openers = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "Or", "So", "This",
        "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "There", "Here", "Meanwhile", "However", "Also",
        "After", "Before", "When", "While", "If", "As", "Some", "Many", "Most", "No", "Yet", "Still", "Earlier", "Later",
        "Last", "Next", "Officials", "According", "Both", "Such", "Since", "Under", "Despite", "Although", "Then", "What",
        "Why", "How", "Who", "Where", "For", "From", "With", "By", "Asked", "Speaking", "Separately", "Now", "Today",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends the sentences of a tokenized text to <paramref name="output"/>.</summary>
    public static void Split(string text, ReadOnlySpan<TokenData> tokens, List<SentenceSpan> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        var start = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i > start && (tokens[i].Has(TokenFlags.ParagraphStart) || i - start >= MaxTokensPerSentence))
            {
                Emit(tokens, start, i, output);
                start = i;
            }

            if (!MayEnd(text, tokens[i]))
            {
                continue;
            }

            // Further marks ("?!") and closing quotes and brackets attached to the terminal mark belong to this sentence.
            var next = i + 1;
            while (next < tokens.Length && (IsClosing(text, tokens[next]) || IsAttachedMark(text, tokens[next])))
            {
                next++;
            }

            if (next == tokens.Length || tokens[next].Has(TokenFlags.ParagraphStart) || EndsHere(text, tokens[i], tokens[next]))
            {
                Emit(tokens, start, next, output);
                start = next;
                i = next - 1;
            }
        }

        if (start < tokens.Length)
        {
            Emit(tokens, start, tokens.Length, output);
        }
    }

    private static bool MayEnd(string text, in TokenData token)
    {
        if (token.Has(TokenFlags.Abbreviation))
        {
            return true;
        }

        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var c = text[token.Start];
        return c is '.' or '!' or '?';
    }

    private static bool EndsHere(string text, in TokenData terminal, in TokenData next)
    {
        var nextText = text.AsSpan(next.Start, next.Length);
        var first = nextText[0];
        if (char.IsLower(first))
        {
            return false; // '"Go!" he said', 'Yahoo! said', "... and then"
        }

        if (terminal.Has(TokenFlags.Abbreviation))
        {
            var word = text.AsSpan(terminal.Start, terminal.Length - 1);
            var isInitial = word.Length == 1;
            var isDotted = word.Contains('.');
            if (!isInitial && !isDotted && !Abbreviations.MayEndSentence(word))
            {
                return false; // a title: "Gen. Gerasimov"
            }

            return OpenerLookup.Contains(nextText) || IsOpeningQuote(text, next);
        }

        // "..." often marks an omission inside a quoted sentence: end only before a capitalised word or a quote.
        return char.IsUpper(first) || char.IsDigit(first) || first is '"' or '\'' or '(' or '[' || !char.IsLetter(first);
    }

    private static bool IsClosing(string text, in TokenData token)
    {
        if (token.Kind != TokenKind.Punctuation || token.Has(TokenFlags.ParagraphStart))
        {
            return false;
        }

        var c = text[token.Start];
        return c is ')' or ']' or '}' || (c is '"' or '\'' && !token.Has(TokenFlags.SpaceBefore));
    }

    private static bool IsAttachedMark(string text, in TokenData token) =>
        token.Kind == TokenKind.Punctuation && !token.Has(TokenFlags.SpaceBefore) && !token.Has(TokenFlags.ParagraphStart)
        && text[token.Start] is '.' or '!' or '?';

    private static bool IsOpeningQuote(string text, in TokenData token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '"' or '\'';

    private static void Emit(ReadOnlySpan<TokenData> tokens, int first, int endExclusive, List<SentenceSpan> output) =>
        output.Add(new SentenceSpan(first, endExclusive - first, tokens[first].Start, tokens[endExclusive - 1].EndExclusive));
}
