namespace Parley.Lexicon.Actors;

/// <summary>A role named without a person ("police", "the prime minister").</summary>
/// <param name="Role">Role code.</param>
/// <param name="Words">The phrases.</param>
/// <param name="Source">Where the entry is.</param>
public sealed record AgentInfo(string Role, IReadOnlyList<string> Words, string Source);
