using System.Globalization;
using System.Text;
using Parley.Data;
using Parley.Ontology;

namespace Parley.DataCompiler;

/// <summary>
/// Compiles the CAMEO codebook from the GDELT code and Goldstein tables, the ICEWS/Parus table (second
/// Goldstein value) and the CAMEO→PLOVER 2021 mapping. Only facts (codes, names, numbers, type names) are taken.
/// </summary>
internal static class CodebookCompiler
{
    public static string Compile(string referenceDir, string outputPath)
    {
        var eventCodes = InputFile.Open(Path.Combine(referenceDir, "cameo", "CAMEO.eventcodes.txt"));
        var goldstein = InputFile.Open(Path.Combine(referenceDir, "cameo", "CAMEO.goldsteinscale.txt"));
        var icews = InputFile.Open(Path.Combine(referenceDir, "cameo", "icews_cameo-codes.csv"));
        var plover = InputFile.Open(Path.Combine(referenceDir, "plover", "CAMEO2PLOVER-2021.txt"));
        var manual = InputFile.Open(Path.Combine(referenceDir, "cameo", "CAMEO_codefile.txt"));

        var names = ReadTable(eventCodes.Path);
        var manualNames = ReadManualLabels(manual.Path);
        var values = ReadTable(goldstein.Path).ToDictionary(r => r.Code, r => r.Value, StringComparer.Ordinal);
        var icewsValues = ReadIcews(icews.Path);
        var ploverMap = ReadPlover(plover.Path);

        var codes = new List<CameoCodeInfo>();
        foreach (var (code, name) in names)
        {
            if (!values.TryGetValue(code, out var value))
            {
                throw new CompilerInputException($"{goldstein.Path}: no Goldstein value for code {code}.");
            }

            var (type, mode, context) = FindPlover(code, ploverMap);
            codes.Add(new CameoCodeInfo(
                CameoCode.Parse(code),
                ManualNamed.Contains(code) ? manualNames.GetValueOrDefault(code) ?? throw new CompilerInputException($"{manual.Path}: no LABEL for code {code}.") : RepairName(name),
                double.Parse(value, CultureInfo.InvariantCulture),
                icewsValues.TryGetValue(code, out var iv) ? iv : null,
                type,
                mode,
                context));
        }

        var versionId = "codebook 1; " + string.Join("; ", new[] { eventCodes, goldstein, icews, plover, manual }.Select(f => f.Provenance));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var stream = File.Create(outputPath))
        using (var writer = new DataFileWriter(stream, "codebook", versionId))
        {
            writer.WriteField(CodebookFieldId.Codes, w =>
            {
                w.Write(codes.Count);
                foreach (var c in codes.OrderBy(c => c.Code.Value, StringComparer.Ordinal))
                {
                    w.Write(c.Code.Value);
                    w.Write(c.Name);
                    w.Write(c.Goldstein);
                    w.Write(c.GoldsteinIcews.HasValue);
                    if (c.GoldsteinIcews.HasValue)
                    {
                        w.Write(c.GoldsteinIcews.Value);
                    }

                    w.Write((byte)c.Plover);
                    w.Write(c.PloverMode);
                    w.Write(c.PloverContext);
                }
            });
        }

        // Read the output back through the library and validate it.
        var check = Codebook.Read(DataFileReader.Open(File.ReadAllBytes(outputPath), outputPath, "codebook"));
        if (check.Codes.Count != codes.Count)
        {
            throw new CompilerInputException($"{outputPath}: read back {check.Codes.Count} codes, wrote {codes.Count}.");
        }

        return $"codebook: {codes.Count} codes, {codes.Count(c => c.Plover != PloverType.None)} with a PLOVER type, written to {outputPath}";
    }

    // GDELT's table names 105-108 as "Demand mediation / withdrawal / ceasefire / meeting", which is not what the
    // codes mean in the CAMEO manual, in ICEWS, or in the TABARI and PETRARCH dictionaries that GDELT itself codes
    // with (105 demand that target yields, with its sub-codes 1051-1056 that GDELT names the same way as the manual;
    // 106 demand meeting, negotiation; 107 demand settling of dispute; 108 demand mediation). Their names come from
    // the manual's labels (CAMEO_codefile.txt); every other name is GDELT's.
    private static readonly HashSet<string> ManualNamed = new(["105", "106", "107", "108"], StringComparer.Ordinal);

    // "LABEL: 105= Demand that target yields" lines of CAMEO_codefile.txt (the first label of a code wins).
    private static Dictionary<string, string> ReadManualLabels(string path)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (!line.StartsWith("LABEL: ", StringComparison.Ordinal))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 7)
            {
                labels.TryAdd(line[7..equals].Trim(), line[(equals + 1)..].Trim());
            }
        }

        return labels;
    }

    // GDELT's table has one mojibake line (044 Meet at a "third" location): repair the quotes.
    private static string RepairName(string name) =>
        name.Replace("\u00D2hird\u00D3", "\"third\" ", StringComparison.Ordinal)
            .Replace("  ", " ", StringComparison.Ordinal);

    private static List<(string Code, string Value)> ReadTable(string path)
    {
        var rows = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue; // header
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || !CameoCode.TryParse(line.AsSpan(0, tab), out _))
            {
                throw new CompilerInputException($"{path}:{lineNumber}: expected CODE<TAB>VALUE, got '{line}'.");
            }

            rows.Add((line[..tab], line[(tab + 1)..].Trim()));
        }

        return rows;
    }

    private static Dictionary<string, double> ReadIcews(string path)
    {
        // The file is not valid UTF-8; the columns used here are ASCII, so Latin-1 reads them exactly.
        var rows = CsvText.Read(File.ReadAllText(path, Encoding.Latin1)).Select(r => r.Fields).ToList();
        var header = rows[0];
        var codeColumn = Array.IndexOf(header, "code");
        var goldsteinColumn = Array.IndexOf(header, "goldstein");
        if (codeColumn < 0 || goldsteinColumn < 0)
        {
            throw new CompilerInputException($"{path}: header lacks the 'code' or 'goldstein' column.");
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            if (row.Length > goldsteinColumn && double.TryParse(row[goldsteinColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                result[row[codeColumn]] = v;
            }
        }

        return result;
    }

    private static Dictionary<string, (PloverType, string, string)> ReadPlover(string path)
    {
        var result = new Dictionary<string, (PloverType, string, string)>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0 || line.StartsWith('~'))
            {
                continue; // blank, comment, or the file's closing '~~~~~' line
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new CompilerInputException($"{path}:{lineNumber}: expected 'CODE: TYPE, mode, context'.");
            }

            var code = line[..colon].Trim();
            var parts = line[(colon + 1)..].Split(',').Select(p => p.Trim()).ToArray();
            if (!PloverTypes.TryParse(parts[0], out var type))
            {
                throw new CompilerInputException($"{path}:{lineNumber}: unknown PLOVER type '{parts[0]}'.");
            }

            // Root 08 is listed twice (CONCEDE and RETREAT); the first line is the root's main type.
            result.TryAdd(code, (type, parts.Length > 1 ? parts[1] : string.Empty, parts.Length > 2 ? parts[2] : string.Empty));
        }

        return result;
    }

    // A code the mapping does not list takes its nearest listed ancestor's type (without mode and context).
    private static (PloverType, string, string) FindPlover(string code, Dictionary<string, (PloverType Type, string Mode, string Context)> map)
    {
        if (map.TryGetValue(code, out var exact))
        {
            return exact;
        }

        for (var length = code.Length - 1; length >= 2; length--)
        {
            if (map.TryGetValue(code[..length], out var ancestor))
            {
                return (ancestor.Type, string.Empty, string.Empty);
            }
        }

        return (PloverType.None, string.Empty, string.Empty);
    }
}
