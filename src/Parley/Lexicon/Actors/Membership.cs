namespace Parley.Lexicon.Actors;

/// <summary>A country's membership of an organisation over an interval.</summary>
/// <param name="Country">ISO3 code.</param>
/// <param name="When">The dates.</param>
/// <param name="Observer">Whether it is observer status rather than membership.</param>
public sealed record Membership(string Country, Interval When, bool Observer);
