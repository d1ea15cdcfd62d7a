namespace Parley.Lexicon.Actors;

/// <summary>An organisation: intergovernmental (IGO), non-governmental (NGO), company (MNC) or non-state armed group (NSA).</summary>
/// <param name="Id">Short id ("UN", "CSTO", "HAMAS").</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other names and abbreviations.</param>
/// <param name="Type">IGO, NGO, MNC or NSA.</param>
/// <param name="Country">For an NSA: where it is based or fights.</param>
/// <param name="Role">For an NSA: its role code (REB, INS, SEP, UAF, CRM).</param>
/// <param name="Parent">The organisation this one is an organ of, if any.</param>
/// <param name="Members">Membership and observer intervals.</param>
/// <param name="Source">Where the entry is.</param>
public sealed record OrganisationInfo(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Type,
    string? Country,
    string? Role,
    string? Parent,
    IReadOnlyList<Membership> Members,
    string Source)
{
    /// <summary>Whether <paramref name="country"/> was a full member on <paramref name="date"/>.</summary>
    public bool IsMemberOn(string country, DateOnly date) =>
        Members.Any(m => !m.Observer && m.Country == country && m.When.Contains(date));
}
