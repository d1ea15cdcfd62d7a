namespace Parley.Text;

/// <summary>One token: a slice of the document's text with its kind and flags. Immutable; 12 bytes.</summary>
/// <param name="Start">Index of the first character in the document text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Flags">Surface facts.</param>
public readonly record struct TokenData(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    /// <summary>Index one past the last character.</summary>
    public int EndExclusive => Start + Length;

    /// <summary>Whether the token has all of <paramref name="flags"/>.</summary>
    public bool Has(TokenFlags flags) => (Flags & flags) == flags;

    // Set by AnalyzedText.Analyze; it fills the two bytes of padding after Flags, so a token stays 12 bytes.
    internal WordTraits Traits { get; init; }
}
