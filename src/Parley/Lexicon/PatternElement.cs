namespace Parley.Lexicon;

/// <summary>One element of a pattern.</summary>
/// <param name="Kind">What the element stands for.</param>
/// <param name="Word">The word, lower case, for <see cref="PatternElementKind.Word"/>; the lemma for the head.</param>
/// <param name="Class">The class, for <see cref="PatternElementKind.Class"/>.</param>
/// <param name="Adjacent">Whether the element must touch its neighbour towards the head (written joined by '_'): after the
/// head, the element before it; before the head, the element after it. Otherwise up to <see cref="MaxModifierWords"/>
/// modifier words may stand between them.</param>
public readonly record struct PatternElement(PatternElementKind Kind, string? Word, WordClass? Class, bool Adjacent)
{
    /// <summary>How many modifier words (articles, adjectives, numbers: not punctuation, prepositions, conjunctions
    /// or actor names) may stand between two elements that are not joined by '_'.</summary>
    public const int MaxModifierWords = 3;

    /// <summary>How many words of any kind "..." stands for, at most (never across punctuation).</summary>
    public const int MaxGapWords = 6;

    /// <summary>
    /// For a <see cref="PatternElementKind.Word"/>: whether the word is a stem that matches every word it begins
    /// ("program" matching "programs"), as TABARI reads pattern words not ended by '_'. Parley's own patterns match
    /// whole words only; only imported dictionaries set it.
    /// </summary>
    public bool Stem { get; init; }

    /// <summary>Whether <paramref name="token"/> matches this word element: the word itself, or any word it begins when it is a <see cref="Stem"/>.</summary>
    public bool MatchesWord(ReadOnlySpan<char> token) =>
        Stem ? token.StartsWith(Word, StringComparison.OrdinalIgnoreCase) : token.Equals(Word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the element is a source or target slot.</summary>
    public bool IsSlot => Kind is PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound;

    /// <summary>The element as written in the pattern language.</summary>
    public override string ToString() => Kind switch
    {
        PatternElementKind.Head or PatternElementKind.Word => Word ?? string.Empty,
        PatternElementKind.Class => Class?.Name ?? "$?",
        PatternElementKind.Source => "SOURCE",
        PatternElementKind.Target => "TARGET",
        PatternElementKind.Actor => "ACTOR",
        PatternElementKind.Compound => "COMPOUND",
        _ => "...",
    };
}
