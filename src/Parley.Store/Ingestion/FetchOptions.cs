namespace Parley.Store.Ingestion;

/// <summary>How feeds and articles are downloaded.</summary>
/// <param name="Timeout">Longest time for one request, headers and body.</param>
/// <param name="MaxBytes">Largest response accepted; a larger page is skipped with a message.</param>
/// <param name="HostInterval">Shortest time between two requests to the same host (politeness).</param>
public sealed record FetchOptions(TimeSpan Timeout, long MaxBytes, TimeSpan HostInterval)
{
    /// <summary>20 s per request, 5 MB per page, one request per second per host.</summary>
    public static FetchOptions Default { get; } = new(TimeSpan.FromSeconds(20), 5 * 1024 * 1024, TimeSpan.FromSeconds(1));
}
