namespace Parley.Evaluation;

/// <summary>How one record came out.</summary>
/// <param name="Record">The record.</param>
/// <param name="Produced">The events produced that the suite scores (see <see cref="ModalityScoring"/>), in the suite's terms.</param>
/// <param name="Passed">Whether the record was coded exactly (docs/evaluation.md), under the suite's modality scoring.</param>
/// <param name="RootCorrect">Whether it was coded exactly at root level.</param>
/// <param name="ActorsCorrect">PLOVER only: whether some produced event has the right source and target; else equals <paramref name="Passed"/>.</param>
/// <param name="PassedAssertedOnly">Whether the record passes when only asserted events count (equals <paramref name="Passed"/> for suites scored that way).</param>
/// <param name="NonAsserted">Events produced that the suite does not score (by their modality), and notes on the suite's conventions, described.</param>
public sealed record RecordOutcome(
    EvalRecord Record,
    IReadOnlyList<ProducedEvent> Produced,
    bool Passed,
    bool RootCorrect,
    bool ActorsCorrect,
    bool PassedAssertedOnly,
    IReadOnlyList<string> NonAsserted)
{
    /// <summary>The suite's verdict when its screening kept the record from being coded ("discarded", "complex"); <c>null</c>: coded.</summary>
    public string? Verdict { get; init; }

    /// <summary>Why the record was screened out (the dictionary phrase or the complexity condition), when it was.</summary>
    public string? VerdictReason { get; init; }
}
