using Parley.Lexicon.Actors;

namespace Parley.Lexicon;

/// <summary>A code valid on some dates ("[USAGOV 991201-010114]"); a null interval applies always.</summary>
/// <param name="When">The dates, or null for an unrestricted code.</param>
/// <param name="Code">The code ("USAGOV"); "---" stands for no code.</param>
public sealed record DatedCode(Interval? When, string Code);
