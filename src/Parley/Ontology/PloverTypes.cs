namespace Parley.Ontology;

/// <summary>Conversions between <see cref="PloverType"/> and the upper-case names PLOVER uses.</summary>
public static class PloverTypes
{
    /// <summary>The PLOVER name ("CONSULT"), or <c>null</c> for <see cref="PloverType.None"/>.</summary>
    public static string? ToName(PloverType type) => type == PloverType.None ? null : type.ToString().ToUpperInvariant();

    /// <summary>Parses a PLOVER name, case-insensitively.</summary>
    public static bool TryParse(string name, out PloverType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Enum.TryParse(name.Trim(), ignoreCase: true, out type) && type != PloverType.None && Enum.IsDefined(type);
    }
}
