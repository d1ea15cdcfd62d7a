namespace Parley.Store.Ingestion;

/// <summary>How an ingest run works.</summary>
/// <param name="Threads">Documents coded in parallel (1 or more); the store's content does not depend on it.</param>
/// <param name="BatchSize">Documents per committed batch: each batch is stored whole or not at all.</param>
public sealed record IngestOptions(int Threads = 1, int BatchSize = 200)
{
    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public IngestOptions Validated()
    {
        if (Threads is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, $"--threads is {Threads}; it should be in range [1-256].");
        }

        if (BatchSize is < 1 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, $"The batch size is {BatchSize}; it should be in range [1-100000].");
        }

        return this;
    }
}
