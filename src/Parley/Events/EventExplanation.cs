namespace Parley.Events;

/// <summary>Why an event was coded: the pattern, the words that filled each slot, and the rules that fired.</summary>
/// <param name="Pattern">The pattern's id and text ("045 'mediate between TARGET'").</param>
/// <param name="PatternSource">Where the pattern is defined (file and line).</param>
/// <param name="VerbText">The words that matched the pattern.</param>
/// <param name="VerbTokens">Token range [start, end) of those words within the sentence.</param>
/// <param name="SourceTokens">Token range of the source actor within the sentence.</param>
/// <param name="TargetTokens">Token range of the target actor, when there is one.</param>
/// <param name="Rules">The rules that fired, in order ("passive", "negation: not", "date: publication").</param>
public sealed record EventExplanation(
    string Pattern,
    string PatternSource,
    string VerbText,
    TokenRange VerbTokens,
    TokenRange SourceTokens,
    TokenRange? TargetTokens,
    IReadOnlyList<string> Rules);
