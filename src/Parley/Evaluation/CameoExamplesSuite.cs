using Parley.Data;
using System.Globalization;
using System.Text;

namespace Parley.Evaluation;

/// <summary>
/// Reads the one-example-per-code sentences of the ICEWS CAMEO table (<c>icews_cameo-codes.csv</c>): each row with an
/// example is a record expecting its code, coded with the built-in dictionaries. The file is not UTF-8: it is decoded as
/// Windows-1252, and each field whose curly punctuation came out as mojibake (UTF-8 read as MacRoman, e.g. <c>‚Äô</c>)
/// is repaired by encoding it as MacRoman and decoding the bytes as UTF-8.
/// </summary>
public static class CameoExamplesSuite
{
    /// <summary>Loads the suite.</summary>
    /// <exception cref="EvalSuiteException">The file is missing or lacks the expected columns.</exception>
    public static EvalSuite Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file))
        {
            throw new EvalSuiteException($"{file}: not found.");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(file, Encoding.GetEncoding(1252));
        var rows = CsvText.Read(text);
        if (rows.Count == 0)
        {
            throw new EvalSuiteException($"{file}: empty.");
        }

        var header = rows[0].Fields;
        var codeColumn = Array.IndexOf(header, "code");
        var exampleColumn = Array.IndexOf(header, "example");
        if (codeColumn < 0 || exampleColumn < 0)
        {
            throw new EvalSuiteException($"{file}:1: expected columns 'code' and 'example'.");
        }

        var records = new List<EvalRecord>();
        var skipped = new List<(string, string)>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            var origin = $"{file}:{line.ToString(CultureInfo.InvariantCulture)}";
            if (fields.Length <= Math.Max(codeColumn, exampleColumn))
            {
                throw new EvalSuiteException($"{origin}: {fields.Length} field(s), expected {header.Length}.");
            }

            var code = fields[codeColumn].Trim();
            var example = RepairMojibake(fields[exampleColumn]).Trim();
            if (example.Length == 0 || example == "NA")
            {
                skipped.Add((code, "no example sentence"));
                continue;
            }

            records.Add(new EvalRecord(code, example, null, [new EvalItem(string.Empty, string.Empty, code)], origin));
        }

        return new EvalSuite("cameo-examples", file, records, skipped, Events.DocumentCoder.CreateDefault(), EvalComparison.CodeOnly, OpenCodebook.Closed,
            ["built-in dictionaries; decoded as Windows-1252 with MacRoman mojibake repaired"]);
    }

    /// <summary>Undoes UTF-8 text that was read as MacRoman ("Moscow‚Äôs" → "Moscow’s"); returns the text unchanged when it is not such mojibake.</summary>
    public static string RepairMojibake(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(char.IsAscii))
        {
            return text;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var macRoman = Encoding.GetEncoding(10000, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return utf8.GetString(macRoman.GetBytes(text));
        }
        catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException or ArgumentException)
        {
            return text;
        }
    }
}
