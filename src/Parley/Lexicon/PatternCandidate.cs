namespace Parley.Lexicon;

/// <summary>A pattern whose head matches a word of the text, with the form the word has.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Form">Which verb forms the word can be; <see cref="VerbForm.None"/> for nouns and phrases.</param>
public readonly record struct PatternCandidate(EventPattern Pattern, VerbForm Form)
{
    // Copies of what the coder checks for every candidate of a word before matching (the head's part of speech and
    // the pattern's specificity): a word can have a hundred candidates, and reading these through Pattern cost a
    // cache miss per candidate. The pattern is immutable, so the copies stay equal to its values. A struct, so that a
    // word's candidates lie next to each other in its array rather than each in an object of its own (24 bytes each).

    /// <summary>The pattern's <see cref="EventPattern.Kind"/>.</summary>
    internal EntryKind Kind { get; } = Pattern.Kind;

    /// <summary>The pattern's <see cref="EventPattern.HeadAnyPartOfSpeech"/>.</summary>
    internal bool HeadAnyPartOfSpeech { get; } = Pattern.HeadAnyPartOfSpeech;

    /// <summary>The pattern's <see cref="EventPattern.HeadReadByPosition"/>.</summary>
    internal bool HeadReadByPosition { get; } = Pattern.HeadReadByPosition;

    /// <summary>The pattern's <see cref="EventPattern.Specificity"/>.</summary>
    internal int Specificity { get; } = Pattern.Specificity;

    /// <summary>The pattern's <see cref="EventPattern.Precedence"/>: candidates come in this order, highest first.</summary>
    internal int Precedence { get; } = Pattern.Precedence;

    /// <summary>The pattern's <see cref="EventPattern.RankByLength"/>.</summary>
    internal bool RankByLength { get; } = Pattern.RankByLength;
}
