using Parley.Coding;
using Parley.Events;
using Parley.Text;

namespace Parley.Tests.Events;

/// <summary>
/// The document coder's semantics on sentences written for these tests: dates, datelines, modality, reported speech,
/// verb–verb combinations, apposition and coreference. Publication date throughout: Wednesday 2 November 2022.
/// </summary>
public sealed partial class DocumentCoderTests
{
    private static readonly DateOnly Published = new(2022, 11, 2);

    private static readonly Lazy<DocumentCoder> Coder = new(DocumentCoder.CreateDefault);

    private static IReadOnlyList<CodedEvent> Code(string text, DateOnly? published = null) =>
        Coder.Value.Code(new SourceDocument("test", text, published ?? Published, null, null, null, "test")).Events;

    private static CodedEvent Only(string text, DateOnly? published = null) => Assert.Single(Code(text, published));
}
