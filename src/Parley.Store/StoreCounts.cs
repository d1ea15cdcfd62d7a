namespace Parley.Store;

/// <summary>How much a store holds.</summary>
/// <param name="Documents">Documents (distinct texts).</param>
/// <param name="Mentions">Mentions: coded event instances, one per event per document.</param>
/// <param name="Events">Events: clusters of mentions of the same happening.</param>
public readonly record struct StoreCounts(long Documents, long Mentions, long Events);
