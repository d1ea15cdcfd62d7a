namespace Parley.Coding;

/// <summary>Where a pattern matched: the tokens it covers and the actors its slots took.</summary>
/// <param name="Start">First token of the match (document-wide).</param>
/// <param name="EndExclusive">One past the last token of the match.</param>
/// <param name="Source">The actor in the SOURCE slot, when the pattern has one.</param>
/// <param name="Target">The actor in the TARGET slot, when the pattern has one and it was matched.</param>
/// <param name="SkippedWords">How many words of the text the match stepped over (modifiers and gaps): fewer is a closer fit.</param>
/// <param name="Compound">The member of the list in the COMPOUND slot that stands next to the rest of the match, when the pattern has one.</param>
/// <param name="GapActor">The first actor a "..." gap after the head stepped over, if any ("allowed that Mordor is ... place").</param>
/// <param name="Letters">For a pattern that ranks by length (<see cref="Lexicon.EventPattern.RankByLength"/>): the letters and digits
/// of its words as matched, each word class counted by the member that matched; 0 otherwise.</param>
internal readonly record struct PatternMatch(int Start, int EndExclusive, ActorMention? Source, ActorMention? Target, int SkippedWords, ActorMention? Compound = null, ActorMention? GapActor = null, int Letters = 0)
{
    /// <summary>The actor an ACTOR element stepped over (TABARI's '^'), neither source nor target, if any.</summary>
    public ActorMention? SteppedOver { get; init; }

    /// <summary>How the match ranks against other matches of the same head: its <see cref="Letters"/> for a pattern that ranks by length, else the pattern's specificity.</summary>
    public int Rank(Lexicon.PatternCandidate candidate) => candidate.RankByLength ? Lexicon.EventPattern.LengthRank(Letters, candidate.Specificity) : candidate.Specificity;
}
