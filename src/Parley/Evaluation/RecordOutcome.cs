namespace Parley.Evaluation;

/// <summary>How one record came out.</summary>
/// <param name="Record">The record.</param>
/// <param name="Produced">The asserted events produced, in the suite's terms.</param>
/// <param name="Passed">Whether the record was coded exactly (docs/evaluation.md).</param>
/// <param name="RootCorrect">Whether it was coded exactly at root level.</param>
/// <param name="ActorsCorrect">PLOVER only: whether some produced event has the right source and target; else equals <paramref name="Passed"/>.</param>
/// <param name="PassedModalityBlind">Fully annotated suites: whether the record would pass if future, hypothetical and desired events counted as coded (as the peers' coders, which have no modality, count them) and intents derived from them did not.</param>
/// <param name="NonAsserted">Events produced with a modality other than asserted (not scored), described.</param>
public sealed record RecordOutcome(
    EvalRecord Record,
    IReadOnlyList<ProducedEvent> Produced,
    bool Passed,
    bool RootCorrect,
    bool ActorsCorrect,
    bool PassedModalityBlind,
    IReadOnlyList<string> NonAsserted)
{
    /// <summary>The suite's verdict when its screening kept the record from being coded ("discarded", "complex"); <c>null</c>: coded.</summary>
    public string? Verdict { get; init; }

    /// <summary>Why the record was screened out (the dictionary phrase or the complexity condition), when it was.</summary>
    public string? VerdictReason { get; init; }
}
