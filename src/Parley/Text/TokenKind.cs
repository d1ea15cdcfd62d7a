namespace Parley.Text;

/// <summary>What a token is, as far as the tokenizer can tell from its characters.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or abbreviation periods.</summary>
    Word,
    /// <summary>Digits, possibly with inner separators ("1,200", "3.5", "1990s", "10-year").</summary>
    Number,
    /// <summary>A punctuation mark, or "..." / "--".</summary>
    Punctuation,
    /// <summary>A symbol such as "$", "%", "&amp;".</summary>
    Symbol,
    /// <summary>A URL, e-mail address or handle.</summary>
    Url,
}
