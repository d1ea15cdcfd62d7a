namespace Parley.Store.Ingestion;

/// <summary>What an ingest run did.</summary>
/// <param name="Progress">The final counts.</param>
/// <param name="SkipReasons">Skipped inputs by reason (the message without the input's name), most frequent first.</param>
/// <param name="Store">What the store holds after the run.</param>
public sealed record IngestSummary(IngestProgress Progress, IReadOnlyList<KeyValuePair<string, int>> SkipReasons, StoreCounts Store);
