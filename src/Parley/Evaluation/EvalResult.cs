namespace Parley.Evaluation;

/// <summary>The outcome of running a suite: every record's outcome and the summary figures.</summary>
/// <param name="Suite">The suite that ran.</param>
/// <param name="Outcomes">One per scored record, in suite order.</param>
/// <param name="Summary">The figures.</param>
public sealed record EvalResult(EvalSuite Suite, IReadOnlyList<RecordOutcome> Outcomes, EvalSummary Summary);
