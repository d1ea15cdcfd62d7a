namespace Parley.Lexicon.Places;

/// <summary>What kind of place a gazetteer entry is.</summary>
public enum PlaceKind : byte
{
    /// <summary>A populated place.</summary>
    City = 0,
    /// <summary>A national capital.</summary>
    Capital = 1,
    /// <summary>A region, province or disputed area.</summary>
    Region = 2,
}
