namespace Parley.Events;

/// <summary>Where an event happened.</summary>
/// <param name="Name">The place's name.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of the place's country.</param>
/// <param name="Latitude">Latitude in degrees, when known.</param>
/// <param name="Longitude">Longitude in degrees, when known.</param>
/// <param name="Precision">What kind of place it is.</param>
public sealed record EventLocation(string Name, string? Country, double? Latitude, double? Longitude, LocationPrecision Precision);
