namespace Parley.Text;

/// <summary>Facts about a token's surface that later stages ask often.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>None of the flags.</summary>
    None = 0,
    /// <summary>The token starts a paragraph.</summary>
    ParagraphStart = 1,
    /// <summary>White space stands before the token.</summary>
    SpaceBefore = 2,
    /// <summary>The first character is an upper-case letter.</summary>
    Capitalized = 4,
    /// <summary>Every letter is upper case and there are at least two.</summary>
    AllCaps = 8,
    /// <summary>The token ends with a period that belongs to it (an abbreviation, an initial, "U.S.").</summary>
    Abbreviation = 16,
    /// <summary>A clitic split off the previous word ("'s", "n't", "'re").</summary>
    Clitic = 32,
}
