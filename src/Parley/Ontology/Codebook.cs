using System.Collections.Frozen;
using Parley.Data;

namespace Parley.Ontology;

/// <summary>
/// The CAMEO codebook: every code with its name, Goldstein value, QuadClass and PLOVER type.
/// The built-in codebook is compiled by <c>tools/Parley.DataCompiler</c> from the GDELT and ICEWS CAMEO
/// tables and the CAMEO→PLOVER 2021 mapping; Goldstein values are GDELT's unless stated otherwise.
/// </summary>
public sealed class Codebook
{
    private static readonly Lazy<Codebook> BuiltIn = new(() => Read(DataFileReader.OpenEmbedded("codebook.pdat", "codebook")));

    private readonly FrozenDictionary<string, CameoCodeInfo> _byCode;

    /// <summary>Creates a codebook from entries; codes must be unique.</summary>
    public Codebook(IEnumerable<CameoCodeInfo> codes, string versionId)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var list = codes.OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToArray();
        Codes = list;
        _byCode = list.ToFrozenDictionary(c => c.Code.Value, StringComparer.Ordinal);
        VersionId = versionId;
    }

    /// <summary>The codebook built into the library.</summary>
    public static Codebook Default => BuiltIn.Value;

    /// <summary>All codes, sorted.</summary>
    public IReadOnlyList<CameoCodeInfo> Codes { get; }

    /// <summary>Provenance of the data: source files and their hashes.</summary>
    public string VersionId { get; }

    /// <summary>Looks a code up.</summary>
    public bool TryGet(string code, out CameoCodeInfo info)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out info!);
    }

    /// <summary>Looks a code up, throwing with the code when it is not in the codebook.</summary>
    public CameoCodeInfo Get(string code) =>
        TryGet(code, out var info) ? info : throw new KeyNotFoundException($"CAMEO code '{code}' is not in the codebook ({VersionId}).");

    /// <summary>Whether the codebook has the code.</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>Reads a codebook data file.</summary>
    public static Codebook Read(DataFileReader file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var codes = new List<CameoCodeInfo>();
        file.ReadFields((tag, r) =>
        {
            if (tag != CodebookFieldId.Codes)
            {
                return;
            }

            var count = r.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var code = r.ReadString();
                var name = r.ReadString();
                var goldstein = r.ReadDouble();
                double? icews = r.ReadBoolean() ? r.ReadDouble() : null;
                var plover = (PloverType)r.ReadByte();
                var mode = r.ReadString();
                var context = r.ReadString();
                if (!CameoCode.TryParse(code, out var parsed))
                {
                    throw new InvalidDataFileException($"{file.Source}: entry {i} has the malformed code '{code}'.");
                }

                codes.Add(new CameoCodeInfo(parsed, name, goldstein, icews, plover, mode, context));
            }
        });
        if (codes.Count == 0)
        {
            throw new InvalidDataFileException($"{file.Source} has no codes.");
        }

        return new Codebook(codes, file.VersionId);
    }
}
