namespace Parley.Ontology;

/// <summary>One entry of the CAMEO codebook.</summary>
/// <param name="Code">The code.</param>
/// <param name="Name">The code's name as in GDELT's CAMEO table.</param>
/// <param name="Goldstein">Goldstein value from GDELT's table (Parley's default).</param>
/// <param name="GoldsteinIcews">Goldstein value from the ICEWS/Parus table, where that table has the code.</param>
/// <param name="Plover">PLOVER event type (CAMEO2PLOVER 2021), or <see cref="PloverType.None"/>.</param>
/// <param name="PloverMode">PLOVER mode where the mapping gives one, else empty.</param>
/// <param name="PloverContext">PLOVER context where the mapping gives one, else empty.</param>
public sealed record CameoCodeInfo(
    CameoCode Code,
    string Name,
    double Goldstein,
    double? GoldsteinIcews,
    PloverType Plover,
    string PloverMode,
    string PloverContext)
{
    /// <summary>The QuadClass implied by the code's root.</summary>
    public QuadClass QuadClass => Code.QuadClass;
}
