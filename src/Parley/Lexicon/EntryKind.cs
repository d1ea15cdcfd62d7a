namespace Parley.Lexicon;

/// <summary>What the head word of a lexicon entry is, which decides how it is inflected and when it may match.</summary>
public enum EntryKind : byte
{
    /// <summary>A verb ("accuse", "call"): every inflected form matches, where the word reads as a verb.</summary>
    Verb,
    /// <summary>An event noun ("talks", "attack", "visit"): singular and plural match, where the word reads as a noun.</summary>
    Noun,
    /// <summary>A fixed expression whose head word matches only as written, whatever its part of speech.</summary>
    Phrase,
}
