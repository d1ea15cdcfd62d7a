namespace Parley.Ontology;

/// <summary>
/// A CAMEO event code: two digits for a root ("04"), three for a code ("045"), four for a sub-code ("0451").
/// Validity against the codebook is checked by <see cref="Codebook"/>; this type only checks the shape.
/// </summary>
public readonly record struct CameoCode
{
    private CameoCode(string value) => Value = value;

    /// <summary>The digits, e.g. "0451".</summary>
    public string Value { get; }

    /// <summary>The two-digit root ("04" for "0451").</summary>
    public string Root => Value[..2];

    /// <summary>The root as a number 1–20.</summary>
    public int RootNumber => ((Value[0] - '0') * 10) + (Value[1] - '0');

    /// <summary>The QuadClass implied by the root.</summary>
    public QuadClass QuadClass => RootNumber switch
    {
        <= 5 => QuadClass.VerbalCooperation,
        <= 8 => QuadClass.MaterialCooperation,
        <= 13 => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    /// <summary>The code one level up ("045" for "0451", "04" for "045"), or <c>null</c> for a root.</summary>
    public CameoCode? Parent => Value.Length > 2 ? new CameoCode(Value[..^1]) : null;

    /// <summary>Checks the shape (2–4 digits, root 01–20) and wraps the code.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CameoCode code)
    {
        code = default;
        text = text.Trim();
        if (text.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var root = ((text[0] - '0') * 10) + (text[1] - '0');
        if (root is < 1 or > 20)
        {
            return false;
        }

        code = new CameoCode(text.ToString());
        return true;
    }

    /// <summary>Parses a code, throwing with the offending value when its shape is wrong.</summary>
    public static CameoCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a CAMEO code: expected 2–4 digits with a root from 01 to 20.");
    }

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
