namespace Parley.Coding;

/// <summary>One actor found by <see cref="ActorLookup"/>.</summary>
/// <param name="Mention">The resolved mention.</param>
/// <param name="Matched">The words of the phrase that named it.</param>
public sealed record ActorLookupMatch(ActorMention Mention, string Matched);
