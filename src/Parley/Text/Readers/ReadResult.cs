namespace Parley.Text.Readers;

/// <summary>One item read from the input: either a document or a problem.</summary>
public readonly record struct ReadResult
{
    private ReadResult(SourceDocument? document, ReadProblem? problem)
    {
        Document = document;
        Problem = problem;
    }

    /// <summary>The document, when this result is one.</summary>
    public SourceDocument? Document { get; }

    /// <summary>The problem, when this result is one.</summary>
    public ReadProblem? Problem { get; }

    /// <summary>A document.</summary>
    public static ReadResult Of(SourceDocument document) => new(document, null);

    /// <summary>A problem.</summary>
    public static ReadResult Failed(string origin, string message) => new(null, new ReadProblem(origin, message));
}
