namespace Parley.Ontology;

/// <summary>
/// CAMEO's root 03 ("Express intent to cooperate") is the announced form of roots 04–08, and root 13 ("Threaten")
/// the announced form of material conflict (14, 16–20): "Russia will send aid to Syria" is not yet aid (073) but is
/// already an expression of intent to provide humanitarian aid (0333); "Russia will impose sanctions on Georgia"
/// is a threat of sanctions (1312). This table gives, for such a code, the intent or threat code the CAMEO codebook
/// pairs with it, so the coder can code the announcement as the event that did happen. Verbal conflict (09–13) and
/// force posture (15) have none: announcing criticism or a mobilisation is not coded as a threat here.
/// </summary>
public static class IntentCodes
{
    // Code → intent code, from the codebook's names: 031x mirror 06x, 033x mirror 07x, 034x mirror 083x, 035x the
    // yielding codes 08x, 036 meetings and negotiations (04x), 032 diplomatic cooperation (05x).
    private static readonly Dictionary<string, string> Specific = new(StringComparer.Ordinal)
    {
        ["057"] = "030",   // sign a formal agreement → intent to cooperate (the agreement's kind is not known)
        ["061"] = "0311",
        ["062"] = "0312",
        ["063"] = "0313",
        ["064"] = "0314",
        ["071"] = "0331",
        ["072"] = "0332",
        ["073"] = "0333",
        ["074"] = "0334",
        ["082"] = "0352",
        ["083"] = "034",
        ["0831"] = "0341",
        ["0832"] = "0342",
        ["0833"] = "0343",
        ["0834"] = "0344",
        ["085"] = "0354",

        // Threats (root 13) mirror the material conflict a source announces.
        ["161"] = "1313",
        ["162"] = "1311",
        ["1621"] = "1311",
        ["1622"] = "1311",
        ["1623"] = "1311",
        ["163"] = "1312",
        ["164"] = "134",
        ["165"] = "135",
        ["172"] = "132",
        ["1721"] = "1321",
        ["1722"] = "1322",
        ["1723"] = "1323",
        ["1724"] = "1324",
        ["173"] = "137",
        ["174"] = "137",
        ["175"] = "137",
        ["191"] = "1381",
        ["192"] = "1382",
        ["204"] = "1385",
    };

    /// <summary>The intent (03) or threat (13) code for <paramref name="code"/>, or null when it has none.</summary>
    public static string? For(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Specific.TryGetValue(code, out var intent))
        {
            return intent;
        }

        if (code.Length < 2)
        {
            return null;
        }

        return code[..2] switch
        {
            "04" => "036",
            "05" => "032",
            "06" => "031",
            "07" => "033",
            "14" => "133",
            "16" => code.StartsWith("166", StringComparison.Ordinal) ? "136" : "131",
            "17" => "130",
            "18" => "1383",
            "19" => "1384",
            "20" => "1383",
            "08" => code.Length >= 3 ? code[..3] switch
            {
                "081" => "0351",
                "084" => "0353",
                "086" => "0355",
                "087" => "0356",
                _ => "035",
            } : "035",
            _ => null,
        };
    }
}
