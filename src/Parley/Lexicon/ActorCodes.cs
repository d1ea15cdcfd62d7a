namespace Parley.Lexicon;

/// <summary>How Parley spells actor codes.</summary>
public static class ActorCodes
{
    /// <summary>
    /// Country plus role ("RUSGOV", "ARM"); for an organisation acting as itself, its id ("UN", "CSTO"); for an
    /// armed group, its country plus its role ("PSEREB") — the organisation is in the separate <c>org</c> field.
    /// </summary>
    public static string Of(string? country, string? org, string? role) =>
        country is not null ? country + (role ?? string.Empty)
        : org is not null ? org
        : "---" + (role ?? string.Empty);
}
