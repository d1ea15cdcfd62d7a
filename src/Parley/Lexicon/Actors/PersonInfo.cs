namespace Parley.Lexicon.Actors;

/// <summary>A person with the offices they held.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other names and spellings.</param>
/// <param name="Country">The person's own country, used outside their offices (coded as elite, ELI).</param>
/// <param name="Roles">Offices, in file order.</param>
/// <param name="Source">Where the entry is ("people/europe.txt:810").</param>
public sealed record PersonInfo(string Name, IReadOnlyList<string> Aliases, string? Country, IReadOnlyList<RoleInterval> Roles, string Source);
