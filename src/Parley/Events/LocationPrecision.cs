namespace Parley.Events;

/// <summary>How exactly an event's place is known.</summary>
public enum LocationPrecision
{
    /// <summary>A populated place.</summary>
    City,
    /// <summary>A region, province or disputed area.</summary>
    Region,
    /// <summary>Only the country.</summary>
    Country,
}
