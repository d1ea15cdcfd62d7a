namespace Parley.Store;

/// <summary>A filter over stored events; <c>null</c> fields do not filter.</summary>
/// <param name="From">Events dated on or after this day.</param>
/// <param name="To">Events dated on or before this day.</param>
/// <param name="Source">Source actor: a country/organisation key ("RUS") or an actor code ("RUSGOV").</param>
/// <param name="Target">Target actor, likewise.</param>
/// <param name="Actor">Either side, likewise.</param>
/// <param name="Cameo">A CAMEO code or prefix: "04" (a root) matches 04, 040, 042 …</param>
/// <param name="MinMentions">Events with at least this many mentions.</param>
/// <param name="Limit">At most this many events (most mentioned first, then by date).</param>
public sealed record EventQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Source = null,
    string? Target = null,
    string? Actor = null,
    string? Cameo = null,
    int? MinMentions = null,
    int? Limit = null);
