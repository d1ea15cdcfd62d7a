namespace Parley.Lexicon;

/// <summary>What one element of a pattern stands for.</summary>
public enum PatternElementKind : byte
{
    /// <summary>The entry's head word, in any of its forms.</summary>
    Head,
    /// <summary>A literal word ("on", "sanctions"), matched without regard to case.</summary>
    Word,
    /// <summary>Any member of a word class ("$SANCTION").</summary>
    Class,
    /// <summary>The slot of the source actor: an actor named here is who acts.</summary>
    Source,
    /// <summary>The slot of the target actor: an actor named here is acted upon.</summary>
    Target,
    /// <summary>"...": up to <see cref="PatternElement.MaxGapWords"/> words of any kind.</summary>
    Gap,
    /// <summary>
    /// The slot of a compound actor: a list of actors joined by "and" or "or" stands here (TABARI's and PETRARCH's
    /// <c>%</c>). Before the head its members act on each other ("Israel and Jordan renewed ties"); after the head they
    /// are each the target of the subject, or act on each other when the clause has none.
    /// </summary>
    Compound,
    /// <summary>An actor mention that stands here and is neither source nor target (TABARI's '^': "warned at ^ +" steps
    /// over the host of the warning to its target). Only imported dictionaries have it.</summary>
    Actor,
}
