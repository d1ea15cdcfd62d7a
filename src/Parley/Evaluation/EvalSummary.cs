namespace Parley.Evaluation;

/// <summary>The figures of one run (docs/evaluation.md defines each).</summary>
/// <param name="Suite">The suite's name.</param>
/// <param name="Records">Scored records.</param>
/// <param name="Skipped">Records the suite's conventions exclude from scoring.</param>
/// <param name="Passed">Records coded exactly, under the suite's modality scoring.</param>
/// <param name="Failed">Records not coded exactly.</param>
/// <param name="Precision">Matched / produced events (micro-averaged over records).</param>
/// <param name="Recall">Matched / expected events.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="RootAccuracy">Share of records coded exactly at root level.</param>
/// <param name="RootF1">F1 with codes cut to their roots.</param>
/// <param name="ActorAccuracy">PLOVER: share of records with source and target right; null for other suites.</param>
/// <param name="PassedAssertedOnly">Suites scored as their own coder without modality would (TABARI, PETRARCH): records that pass when only asserted events count; null for suites scored that way anyway.</param>
public sealed record EvalSummary(
    string Suite,
    int Records,
    int Skipped,
    int Passed,
    int Failed,
    double Precision,
    double Recall,
    double F1,
    double RootAccuracy,
    double RootF1,
    double? ActorAccuracy,
    int? PassedAssertedOnly);
