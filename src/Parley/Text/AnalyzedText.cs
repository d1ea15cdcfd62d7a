namespace Parley.Text;

/// <summary>A text after normalisation, paragraph repair, tokenization and sentence splitting.</summary>
public sealed class AnalyzedText
{
    // Per-thread working storage of Analyze: the tokenizer's buffer and the splitter's list, grown to the longest
    // document seen and reused; only the final arrays are allocated per document.
    [ThreadStatic]
    private static TokenBuffer? t_tokens;

    [ThreadStatic]
    private static List<SentenceSpan>? t_sentences;

    private readonly TokenData[] _tokens;
    private readonly SentenceSpan[] _sentences;

    internal AnalyzedText(string text, TokenData[] tokens, SentenceSpan[] sentences)
    {
        Text = text;
        _tokens = tokens;
        _sentences = sentences;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The normalised text the token offsets refer to (paragraphs separated by "\n\n").</summary>
    public string Text { get; }

    /// <summary>All tokens of the text, in order.</summary>
    public IReadOnlyList<TokenData> Tokens { get; }

    /// <summary>All sentences, in order.</summary>
    public IReadOnlyList<SentenceSpan> Sentences { get; }

    /// <summary>All tokens of the text, as a span (for the hot paths of later stages).</summary>
    public ReadOnlySpan<TokenData> TokenSpan => _tokens;

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index)
    {
        // The array itself, not the IReadOnlyList: this runs for almost every token every stage looks at.
        var token = _tokens[index];
        return Text.AsSpan(token.Start, token.Length);
    }

    /// <summary>Which of the small fixed word lists token <paramref name="index"/> is in.</summary>
    internal WordTraits TokenTraits(int index) => _tokens[index].Traits;

    /// <summary>Whether token <paramref name="index"/> is in any of the lists <paramref name="traits"/> names.</summary>
    internal bool Is(int index, WordTraits traits) => (_tokens[index].Traits & traits) != 0;

    /// <summary>The text of sentence <paramref name="index"/>.</summary>
    public string SentenceText(int index)
    {
        var sentence = _sentences[index];
        return Text[sentence.StartChar..sentence.EndCharExclusive];
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> is written in capitals throughout ("RUSSIA EXPELS BRITISH DIPLOMATS"), as
    /// headlines and some wire services write: at least three words of two or more letters, and no word that starts with
    /// a lower-case letter. In such a sentence capitals say nothing about names.
    /// </summary>
    public bool IsAllCaps(SentenceSpan sentence)
    {
        var capitalWords = 0;
        for (var i = sentence.FirstToken; i < sentence.EndTokenExclusive && i < _tokens.Length; i++)
        {
            var token = _tokens[i];
            if (token.Kind != TokenKind.Word || !char.IsLetter(Text[token.Start]))
            {
                continue;
            }

            if (!token.Has(TokenFlags.Capitalized))
            {
                return false;
            }

            if (token.Has(TokenFlags.AllCaps))
            {
                capitalWords++;
            }
        }

        return capitalWords >= 3;
    }

    /// <summary>Runs the whole text stage on raw text: normalise, repair paragraphs, tokenize, split.</summary>
    public static AnalyzedText Analyze(string rawText)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        var text = ParagraphRepair.Repair(TextNormalizer.Normalize(rawText));
        var tokens = t_tokens ??= new TokenBuffer(1024);
        tokens.Clear();
        Tokenizer.Tokenize(text, tokens);
        var sentences = t_sentences ??= new List<SentenceSpan>(64);
        sentences.Clear();
        SentenceSplitter.Split(text, tokens.Span, sentences);

        // The final copy of the tokens also looks each one up in the small word lists once (see WordTraits).
        var source = tokens.Span;
        var final = new TokenData[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            var token = source[i];
            final[i] = token with { Traits = WordTraitTable.Of(text.AsSpan(token.Start, token.Length)) };
        }

        return new AnalyzedText(text, final, [.. sentences]);
    }
}
