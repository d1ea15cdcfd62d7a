using Parley.Events;
using Parley.Store.Internal;
using Parley.Text;

namespace Parley.Store;

/// <summary>A document with the events coded from it, ready to be stored.</summary>
/// <param name="Document">The document as read.</param>
/// <param name="ContentHash">SHA-256 of the document's text (64 hex digits): its key in the store.</param>
/// <param name="SentenceCount">How many sentences it has.</param>
/// <param name="Events">The events coded from it, in the coder's order.</param>
/// <param name="CodingVersion">The coding version (<see cref="Parley.Events.CodingVersion"/>) that produced <paramref name="Events"/>.</param>
public sealed record CodedDocument(SourceDocument Document, string ContentHash, int SentenceCount, IReadOnlyList<CodedEvent> Events, string CodingVersion)
{
    /// <summary>The store key of a document: the SHA-256 of its text, as 64 lower-case hex digits.</summary>
    public static string HashOf(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return StableIds.ContentHash(document.Text);
    }

    /// <summary>A coded document from the coder's result (which must not be a skipped one).</summary>
    public static CodedDocument From(DocumentResult result, string contentHash, string codingVersion)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.SkipReason is not null)
        {
            throw new ArgumentException($"The document {result.Document.Origin} was not coded ({result.SkipReason}); only coded documents are stored.", nameof(result));
        }

        return new CodedDocument(result.Document, contentHash, result.SentenceCount, result.Events, codingVersion);
    }
}
