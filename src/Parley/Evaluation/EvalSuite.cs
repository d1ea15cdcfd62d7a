using Parley.Events;
using Parley.Text;

namespace Parley.Evaluation;

/// <summary>A suite ready to run: its records, the coder it runs with, and how its events are compared.</summary>
/// <param name="Name">The suite's name in output ("tabari", "petrarch", "plover", "cameo-examples", "gold").</param>
/// <param name="Path">The file or folder it was read from.</param>
/// <param name="Records">The scored records.</param>
/// <param name="Skipped">Ids of records the suite's conventions exclude from scoring, with the reason.</param>
/// <param name="Coder">The coder: built-in dictionaries, or the suite's own.</param>
/// <param name="Comparison">What is compared.</param>
/// <param name="Codes">Translates the coder's codes back into the suite's codebook (identity unless an open codebook is used).</param>
/// <param name="Notes">What was loaded (dictionaries, counts of imported and skipped lines), for the report.</param>
public sealed record EvalSuite(
    string Name,
    string Path,
    IReadOnlyList<EvalRecord> Records,
    IReadOnlyList<(string Id, string Reason)> Skipped,
    DocumentCoder Coder,
    EvalComparison Comparison,
    OpenCodebook Codes,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Lines the suite's verb dictionary was shifted by before import (synonym sets moved to the top); subtracted from
    /// pattern line numbers in explanations so that they point into the file on disk.
    /// </summary>
    public int PatternLineOffset { get; init; }

    /// <summary>
    /// Which events are scored by their modality: asserted ones only (the default), or as the suite's own coder, which
    /// has no modality, codes them (TABARI, PETRARCH; the asserted-only result is then reported alongside).
    /// </summary>
    public ModalityScoring ModalityScoring { get; init; }

    /// <summary>The suite's discard list (PETRARCH): a record containing one of its phrases is not coded.</summary>
    internal DiscardList? Discards { get; init; }

    /// <summary>
    /// Codes record number <c>index</c> the suite's way (TABARI's options), returning the result, notes on what the
    /// suite's conventions changed, and the verdict when the suite's screening kept the record from being coded
    /// ("discarded", "complex", compared with <see cref="EvalRecord.ExpectedVerdict"/>; <c>null</c>: coded);
    /// <c>null</c>: <see cref="Coder"/> codes the record's text as it is.
    /// </summary>
    internal Func<int, SourceDocument, SuiteCoding>? CodeRecord { get; init; }
}

/// <summary>How a suite's conventions coded one record.</summary>
/// <param name="Result">The coder's result (no events when the record was screened out).</param>
/// <param name="Notes">What the suite's conventions changed, for the listing.</param>
/// <param name="Verdict">"discarded" or "complex" when the suite's screening kept the record from being coded; <c>null</c>: coded.</param>
/// <param name="VerdictReason">Why, when <paramref name="Verdict"/> is set.</param>
internal sealed record SuiteCoding(DocumentResult Result, IReadOnlyList<string> Notes, string? Verdict = null, string? VerdictReason = null);
