namespace Parley.Store.Ingestion;

/// <summary>Counts of an ingest run so far (or at its end).</summary>
/// <param name="Inputs">Inputs read: documents and unreadable items.</param>
/// <param name="Added">Documents coded and committed to the store.</param>
/// <param name="AlreadyStored">Documents whose text was already in the store (or earlier in this run).</param>
/// <param name="Skipped">Inputs skipped: unreadable, not English, failed to download.</param>
/// <param name="Sentences">Sentences of the added documents.</param>
/// <param name="Mentions">Event mentions of the added documents.</param>
/// <param name="Elapsed">Time since the run started.</param>
public readonly record struct IngestProgress(long Inputs, long Added, long AlreadyStored, long Skipped, long Sentences, long Mentions, TimeSpan Elapsed)
{
    /// <summary>Inputs handled per second.</summary>
    public double InputsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Inputs / Elapsed.TotalSeconds;
}
