using Parley.Text.Readers;

namespace Parley.Store.Ingestion;

/// <summary>Hears what an ingest run does: each skipped input as it is met, and the counts after each committed batch.</summary>
public interface IIngestObserver
{
    /// <summary>An input was skipped (called on the reading thread, in input order).</summary>
    void Skipped(ReadProblem problem);

    /// <summary>A batch was committed (called on the writing thread).</summary>
    void Committed(IngestProgress progress);
}
