namespace Parley.Text;

/// <summary>A document as read from its source, before any analysis.</summary>
/// <param name="Id">The record id, or the file path for plain files.</param>
/// <param name="Text">The raw text (for HTML: the extracted main text).</param>
/// <param name="PublicationDate">The publication date, when known.</param>
/// <param name="Title">The title, when known.</param>
/// <param name="Url">The URL, when known.</param>
/// <param name="Source">The outlet or feed, when known.</param>
/// <param name="Origin">Where the document came from, for messages: "path" or "path:line".</param>
public sealed record SourceDocument(
    string Id,
    string Text,
    DateOnly? PublicationDate,
    string? Title,
    string? Url,
    string? Source,
    string Origin);
