namespace Parley.Evaluation;

/// <summary>One test record of a suite: a text, its date and the events a correct coder produces from it.</summary>
/// <param name="Id">The record id as the suite writes it.</param>
/// <param name="Text">The text to code.</param>
/// <param name="Date">The record's date (actors are resolved on it), when the suite gives one.</param>
/// <param name="Expected">The expected events; empty when the record expects no event.</param>
/// <param name="Origin">Where the record is, for messages: "file:line" or "file#id".</param>
/// <param name="ExpectedSources">
/// For suites that judge actors separately from the event (PLOVER): any of these codes counts as the right source; else empty.
/// </param>
/// <param name="ExpectedTargets">Same for the target.</param>
public sealed record EvalRecord(
    string Id,
    string Text,
    DateOnly? Date,
    IReadOnlyList<EvalItem> Expected,
    string Origin,
    IReadOnlyList<string> ExpectedSources,
    IReadOnlyList<string> ExpectedTargets)
{
    /// <summary>
    /// PLOVER: the record's sources act on each other (its markup writes them <c>SRC/TAR</c>, as in "Israel and Lebanon
    /// renewed negotiations"); an event from one of them to another fits as well as one with no target.
    /// </summary>
    public bool MutualSources { get; init; }

    /// <summary>
    /// The verdict the record expects in place of events, for suites whose coder screens records before coding them
    /// (TABARI's <c>{###}</c> "discarded" and <c>{+++}</c> "complex"); <c>null</c>: the record is coded.
    /// </summary>
    public string? ExpectedVerdict { get; init; }

    /// <summary>A record whose actors are judged inside <see cref="Expected"/>.</summary>
    public EvalRecord(string id, string text, DateOnly? date, IReadOnlyList<EvalItem> expected, string origin)
        : this(id, text, date, expected, origin, [], [])
    {
    }
}
