namespace Parley.Events;

/// <summary>A range of tokens within a sentence, 0-based, end exclusive.</summary>
/// <param name="Start">Index of the first token within the sentence.</param>
/// <param name="EndExclusive">Index one past the last token.</param>
public readonly record struct TokenRange(int Start, int EndExclusive);
