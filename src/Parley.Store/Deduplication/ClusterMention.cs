using Parley.Events;

namespace Parley.Store.Deduplication;

/// <summary>What the clusterer needs to know about one mention.</summary>
/// <param name="MentionId">The mention's id: the tie-breaker that makes clustering deterministic.</param>
/// <param name="GroupKey">Source and target (country or organisation), CAMEO root and modality: only mentions with the same key can be one event.</param>
/// <param name="Date">The event date, when known.</param>
/// <param name="LocationName">Where, when the text says.</param>
/// <param name="LocationCountry">The place's country.</param>
/// <param name="LocationPrecision">City, region or country.</param>
public readonly record struct ClusterMention(
    long MentionId,
    string GroupKey,
    DateOnly? Date,
    string? LocationName,
    string? LocationCountry,
    LocationPrecision? LocationPrecision);
