namespace Parley.Evaluation;

/// <summary>Which of the coder's events a suite scores, by their modality (docs/evaluation.md, "What is compared").</summary>
public enum ModalityScoring
{
    /// <summary>
    /// Only asserted events count: a hoped-for, negated, conditional or future event counts as not produced. Parley's
    /// own stance, used for its gold file and for the suites coded with the built-in dictionaries.
    /// </summary>
    AssertedOnly,

    /// <summary>
    /// The suite was written for a coder without modality (TABARI, PETRARCH), whose records expect the act itself for
    /// "will meet" or "would send": an event Parley labels future, hypothetical or desired counts as coded, and the
    /// intent or threat Parley derives from an announced act (which stands for that act) does not. Negated events never
    /// count. The asserted-only result is reported alongside.
    /// </summary>
    AsPeerCoder,
}
