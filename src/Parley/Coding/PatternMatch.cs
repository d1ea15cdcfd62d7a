namespace Parley.Coding;

/// <summary>Where a pattern matched: the tokens it covers and the actors its slots took.</summary>
/// <param name="Start">First token of the match (document-wide).</param>
/// <param name="EndExclusive">One past the last token of the match.</param>
/// <param name="Source">The actor in the SOURCE slot, when the pattern has one.</param>
/// <param name="Target">The actor in the TARGET slot, when the pattern has one and it was matched.</param>
/// <param name="SkippedWords">How many words of the text the match stepped over (modifiers and gaps): fewer is a closer fit.</param>
/// <param name="GapActor">The first actor a "..." gap after the head stepped over, if any ("allowed that Mordor is ... place").</param>
internal readonly record struct PatternMatch(int Start, int EndExclusive, ActorMention? Source, ActorMention? Target, int SkippedWords, ActorMention? GapActor = null);
