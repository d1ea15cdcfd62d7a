namespace Parley.Lexicon;

/// <summary>The inflected form of a verb.</summary>
[Flags]
public enum VerbForm : byte
{
    /// <summary>No form.</summary>
    None = 0,
    /// <summary>The base form ("meet"): infinitive, imperative, present tense other than third person singular.</summary>
    Base = 1,
    /// <summary>Third person singular present ("meets").</summary>
    ThirdPerson = 2,
    /// <summary>Past tense ("met").</summary>
    Past = 4,
    /// <summary>Past participle ("met"; "taken").</summary>
    PastParticiple = 8,
    /// <summary>Present participle or gerund ("meeting").</summary>
    Gerund = 16,
}
