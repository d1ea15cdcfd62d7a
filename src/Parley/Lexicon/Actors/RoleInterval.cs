namespace Parley.Lexicon.Actors;

/// <summary>An office a person held: for whom (a country or an organisation), in which role, when.</summary>
/// <param name="When">The dates.</param>
/// <param name="Actor">ISO3 country code or organisation id.</param>
/// <param name="Role">Role code (GOV, MIL, IGO, REB …).</param>
/// <param name="Title">The office ("President", "Minister of Foreign Affairs").</param>
/// <param name="Source">Where the line is ("people/europe.txt:812").</param>
public sealed record RoleInterval(Interval When, string Actor, string Role, string Title, string Source);
