using Parley.Text;

namespace Parley.Events;

/// <summary>The outcome of coding one document.</summary>
/// <param name="Document">The document.</param>
/// <param name="SentenceCount">How many sentences it has.</param>
/// <param name="Events">The events, de-duplicated within the document, in sentence order.</param>
/// <param name="SkipReason">Why the document was not coded (e.g. not English), or <c>null</c> when it was.</param>
public sealed record DocumentResult(SourceDocument Document, int SentenceCount, IReadOnlyList<CodedEvent> Events, string? SkipReason)
{
    /// <summary>How many tokens the text stage found in it (0 when unknown).</summary>
    public int TokenCount { get; init; }
}
