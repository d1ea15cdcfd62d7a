using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Evaluation;

/// <summary>
/// Reads TABARI's validation suite: the folder's <c>Validate.project</c> names the actor, agent and verb
/// dictionaries and the text file; records before the <c>FINAL-01</c> marker are the standard suite (466 records).
/// Expectations are the <c>{ SRC / TGT / CODE }</c> blocks in each record's comment; <c>{---}</c> expects no event;
/// records with <c>{+++}</c>, <c>{###}</c> or an <c>OPTION</c> block, or only <c>-{...}</c> (unchecked) blocks, are skipped.
/// </summary>
public static partial class TabariSuite
{
    /// <summary>The id of the record that ends the standard suite.</summary>
    public const string EndMarkerId = "FINAL-01";

    /// <summary>Loads the suite from a folder holding <c>Validate.project</c> and the files it names.</summary>
    /// <exception cref="EvalSuiteException">The folder, the project file or a file it names is missing or malformed.</exception>
    public static EvalSuite Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var project = Path.Combine(directory, "Validate.project");
        if (!File.Exists(project))
        {
            throw new EvalSuiteException($"{project}: not found; --suite tabari expects the folder of TABARI's Validate.project.");
        }

        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(project))
        {
            var match = ProjectLine().Match(line);
            if (match.Success)
            {
                files.TryAdd(match.Groups[1].Value, Path.Combine(directory, match.Groups[2].Value));
            }
        }

        string Named(string key) => files.TryGetValue(key, out var path)
            ? path
            : throw new EvalSuiteException($"{project}: no <{key}> line.");

        var textFile = Named("textfile");
        var actorFiles = new List<string> { Named("actorsfile") };
        if (files.TryGetValue("agentsfile", out var agents))
        {
            actorFiles.Add(agents);
        }

        var (records, skipped) = ReadRecords(textFile);
        var (coder, codes, notes, lineOffset) = SuiteDictionaries.Build(actorFiles, Named("verbsfile"), SuiteDictionaries.VerbFormat.Tabari);
        var allNotes = notes.Append("options file not applied: the suite runs with Parley's own clause handling").ToList();
        return new EvalSuite("tabari", directory, records, skipped, coder, EvalComparison.Triples, codes, allNotes) { PatternLineOffset = lineOffset, ReportModalityBlind = true };
    }

    /// <summary>Reads the standard records of <c>Validate.text</c>.</summary>
    /// <exception cref="EvalSuiteException">The file is missing or a record is malformed.</exception>
    public static (IReadOnlyList<EvalRecord> Records, IReadOnlyList<(string Id, string Reason)> Skipped) ReadRecords(string textFile)
    {
        if (!File.Exists(textFile))
        {
            throw new EvalSuiteException($"{textFile}: not found.");
        }

        var lines = File.ReadAllLines(textFile, Encoding.Latin1);
        var records = new List<EvalRecord>();
        var skipped = new List<(string, string)>();
        var i = 0;
        while (i < lines.Length)
        {
            var header = RecordHeader().Match(lines[i]);
            if (!header.Success)
            {
                i++;
                continue;
            }

            var id = header.Groups[2].Value;
            if (id == EndMarkerId)
            {
                break;
            }

            var headerLine = i + 1;
            var date = ParseDate(header.Groups[1].Value);
            var text = new StringBuilder();
            i++;
            while (i < lines.Length && !lines[i].TrimStart().StartsWith("/*", StringComparison.Ordinal) && !RecordHeader().IsMatch(lines[i]))
            {
                text.Append(lines[i].Trim()).Append(' ');
                i++;
            }

            var comment = new StringBuilder();
            if (i < lines.Length && lines[i].TrimStart().StartsWith("/*", StringComparison.Ordinal))
            {
                // A comment left open (COMPOUND-06, DEFAULT-06b) ends at the next record header: every header is a record.
                while (i < lines.Length && !RecordHeader().IsMatch(lines[i]))
                {
                    comment.Append(lines[i]).Append('\n');
                    if (lines[i].Contains("*/", StringComparison.Ordinal))
                    {
                        i++;
                        break;
                    }

                    i++;
                }
            }

            var origin = $"{textFile}:{headerLine.ToString(CultureInfo.InvariantCulture)}";
            var (expected, skipReason) = ParseExpectations(comment.ToString(), origin);
            if (skipReason is not null)
            {
                skipped.Add((id, skipReason));
                continue;
            }

            records.Add(new EvalRecord(id, text.ToString().Trim(), date, expected, origin));
        }

        return (records, skipped);
    }

    private static (IReadOnlyList<EvalItem> Expected, string? SkipReason) ParseExpectations(string comment, string origin)
    {
        var expected = new List<EvalItem>();
        var checkedBlocks = 0;
        var noEvent = false;
        foreach (Match block in Block().Matches(comment))
        {
            var body = block.Groups[2].Value.Trim();
            if (body.Length == 0)
            {
                // "{}" in prose ("the events ... will be found in {}") is no expectation.
                continue;
            }

            if (body.StartsWith("OPTION", StringComparison.OrdinalIgnoreCase))
            {
                return ([], "option record (changes TABARI's options)");
            }

            if (body is "+++")
            {
                return ([], "{+++}: complex record, not coded by TABARI");
            }

            if (body is "###")
            {
                return ([], "{###}: discarded record");
            }

            if (block.Groups[1].Value == "-")
            {
                continue;
            }

            checkedBlocks++;
            if (body is "---")
            {
                noEvent = true;
                continue;
            }

            var parts = body.Split('/');
            if (parts.Length != 3)
            {
                throw new EvalSuiteException($"{origin}: expected {{ SRC / TGT / CODE }}, found {{{body}}}.");
            }

            expected.Add(new EvalItem(parts[0].Trim(), parts[1].Trim(), parts[2].Trim()));
        }

        if (checkedBlocks == 0)
        {
            return ([], "no checked expectation (only -{...} blocks, or none)");
        }

        return noEvent && expected.Count > 0
            ? throw new EvalSuiteException($"{origin}: {{---}} (no event) together with expected events.")
            : (expected, null);
    }

    private static DateOnly? ParseDate(string yymmdd)
    {
        var yy = int.Parse(yymmdd.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var mm = int.Parse(yymmdd.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var dd = int.Parse(yymmdd.AsSpan(4, 2), CultureInfo.InvariantCulture);
        return mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(yy >= 50 ? 1900 + yy : 2000 + yy, mm)
            ? new DateOnly(yy >= 50 ? 1900 + yy : 2000 + yy, mm, dd)
            : null;
    }

    [GeneratedRegex(@"^\s*<(\w+)>\s+(\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectLine();

    // "950101  DEMO-01"; some headers add a document id ("FBIS-001-001  CEP20020711000012a") or repeat the date.
    [GeneratedRegex(@"^(\d{6})\s+(?:\d{6}\s+)?(\S+)(?:\s+\S+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RecordHeader();

    [GeneratedRegex(@"(-?)\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Block();
}
