namespace Parley.Evaluation;

/// <summary>An asserted event the coder produced for a record, as the suite compares it, with a short explanation.</summary>
/// <param name="Item">The event in the suite's terms (codes translated back from an open codebook).</param>
/// <param name="Explanation">Which pattern matched, the words that filled it, and the rules that fired.</param>
public sealed record ProducedEvent(EvalItem Item, string Explanation);
