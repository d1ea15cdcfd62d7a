namespace Parley.Lexicon.Places;

/// <summary>A place of the gazetteer.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Aliases">Other names (regions only).</param>
/// <param name="Country">ISO3 code of its country.</param>
/// <param name="Latitude">Latitude in degrees; NaN where not known (the states and provinces of the provinces package).</param>
/// <param name="Longitude">Longitude in degrees; NaN where not known.</param>
/// <param name="Population">Population (0 for regions).</param>
/// <param name="Kind">City, capital or region.</param>
public sealed record PlaceInfo(string Name, IReadOnlyList<string> Aliases, string Country, double Latitude, double Longitude, int Population, PlaceKind Kind);
