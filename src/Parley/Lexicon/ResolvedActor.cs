using Parley.Lexicon.Actors;

namespace Parley.Lexicon;

/// <summary>An actor entry resolved on a date.</summary>
/// <param name="Entry">The dictionary entry.</param>
/// <param name="Country">ISO3 code, when the actor belongs to a country on that date.</param>
/// <param name="Org">Organisation id, when the actor is or acts for one.</param>
/// <param name="Role">Role code.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Office">For a person: the office held on the date, if any.</param>
public sealed record ResolvedActor(ActorEntry Entry, string? Country, string? Org, string? Role, string Name, RoleInterval? Office)
{
    /// <summary>A code taken as it stands from an imported dictionary, overriding the composed one.</summary>
    public string? ExplicitCode { get; init; }

    /// <summary>The CAMEO-style code ("RUSGOV", "CSTO", "PSEREB").</summary>
    public string Code => ExplicitCode ?? ActorCodes.Of(Country, Org, Role);
}
