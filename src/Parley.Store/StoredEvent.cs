namespace Parley.Store;

/// <summary>One de-duplicated event as stored: a cluster of mentions of the same happening.</summary>
/// <param name="EventId">Stable id: the same input always gives the same id.</param>
/// <param name="EventDate">The earliest event date of its mentions.</param>
/// <param name="LastDate">The latest event date of its mentions.</param>
/// <param name="SourceKey">Source at country or organisation level ("RUS", "NATO").</param>
/// <param name="SourceCode">Source actor code of the first mention ("RUSGOV").</param>
/// <param name="SourceName">Source actor name of the first mention.</param>
/// <param name="TargetKey">Target at country or organisation level, or "-" when there is none.</param>
/// <param name="TargetCode">Target actor code of the first mention.</param>
/// <param name="TargetName">Target actor name of the first mention.</param>
/// <param name="Cameo">The most frequent CAMEO code among the mentions (the lowest on a tie).</param>
/// <param name="Root">The CAMEO root.</param>
/// <param name="QuadClass">QuadClass 1–4.</param>
/// <param name="Goldstein">Goldstein value of <paramref name="Cameo"/> (GDELT table).</param>
/// <param name="Modality">asserted, negated, hypothetical, desired or future.</param>
/// <param name="LocationName">The place, when a mention names one.</param>
/// <param name="LocationCountry">The place's country.</param>
/// <param name="MentionCount">How many mentions (one per event per document) the event has.</param>
/// <param name="ArticleCount">How many distinct documents report it.</param>
/// <param name="SourceCount">How many distinct outlets report it.</param>
/// <param name="Sources">The outlets, sorted.</param>
/// <param name="FirstSeen">When the first of its documents was ingested (UTC).</param>
/// <param name="FirstUrl">The URL of the first mention's document, when known.</param>
/// <param name="Confidence">The highest confidence among its mentions.</param>
public sealed record StoredEvent(
    long EventId,
    DateOnly? EventDate,
    DateOnly? LastDate,
    string SourceKey,
    string SourceCode,
    string SourceName,
    string TargetKey,
    string? TargetCode,
    string? TargetName,
    string Cameo,
    string Root,
    int QuadClass,
    double Goldstein,
    string Modality,
    string? LocationName,
    string? LocationCountry,
    int MentionCount,
    int ArticleCount,
    int SourceCount,
    IReadOnlyList<string> Sources,
    DateTime FirstSeen,
    string? FirstUrl,
    double Confidence);
