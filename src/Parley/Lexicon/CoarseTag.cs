namespace Parley.Lexicon;

/// <summary>
/// The part of speech of a token as far as pattern matching needs it. A tagger may supply one per token; where none
/// is supplied (<see cref="Unknown"/>), the matcher falls back on heuristics (a determiner before a word makes it a noun).
/// </summary>
public enum CoarseTag : byte
{
    /// <summary>Not known: use the heuristics.</summary>
    Unknown,
    /// <summary>A verb (any form, participles included).</summary>
    Verb,
    /// <summary>A noun.</summary>
    Noun,
    /// <summary>Anything else (adjective, preposition, ...).</summary>
    Other,
}
