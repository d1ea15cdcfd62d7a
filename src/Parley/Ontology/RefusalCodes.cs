namespace Parley.Ontology;

/// <summary>
/// CAMEO's root 12 ("Reject") has a code for refusing each kind of cooperative act: "Israel refused to lift the
/// blockade" did not ease a blockade (0872) but did refuse to de-escalate (1246). This table gives, for a cooperative
/// code, the refusal code the CAMEO codebook pairs with it, so that the coder can code the refusal as the event that
/// did happen. Verbal acts (01–03, 05) have none here: refusing to comment or to recognise is coded by the lexicon.
/// </summary>
public static class RefusalCodes
{
    private static readonly Dictionary<string, string> Specific = new(StringComparer.Ordinal)
    {
        ["061"] = "1211",
        ["062"] = "1212",
        ["071"] = "1221",
        ["072"] = "1222",
        ["073"] = "1223",
        ["074"] = "1224",
        ["0831"] = "1231",
        ["0832"] = "1232",
        ["0833"] = "1233",
        ["0834"] = "1234",
    };

    /// <summary>The refusal (12) code for refusing the act <paramref name="code"/>, or null when it has none.</summary>
    public static string? For(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Specific.TryGetValue(code, out var refusal))
        {
            return refusal;
        }

        if (code.Length < 3)
        {
            return code.Length == 2 ? RootRefusal(code) : null;
        }

        return code[..3] switch
        {
            "081" => "1241",
            "082" => "1242",
            "083" => "123",
            "084" => "1243",
            "085" => "1244",
            "086" => "1245",
            "087" => "1246",
            _ => RootRefusal(code[..2]),
        };
    }

    private static string? RootRefusal(string root) => root switch
    {
        "04" => "125",
        "06" => "121",
        "07" => "122",
        "08" => "124",
        _ => null,
    };
}
