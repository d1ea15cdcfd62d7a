namespace Parley.Lexicon;

/// <summary>
/// How an event of a pattern weighs against the other events of its sentence: TABARI's subordinate (<c>[023?]</c>) and
/// dominant (<c>[031!]</c>) codes (manual 6.6). Only imported TABARI patterns have other than <see cref="Normal"/>.
/// </summary>
public enum EventPriority
{
    /// <summary>Coded with the other events of the sentence.</summary>
    Normal,

    /// <summary>
    /// Coded only when the sentence has no other event: "Sylvania said it rejected Freedonia's claim" is the rejection,
    /// not the statement (TABARI's attribution verbs, SAID [023?]).
    /// </summary>
    Subordinate,

    /// <summary>Coded in preference to the others: when a sentence has one, only its dominant events are coded.</summary>
    Dominant,
}
