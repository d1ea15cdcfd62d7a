using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Evaluation;

/// <summary>
/// Reads TABARI's validation suite: the folder's <c>Validate.project</c> names the actor, agent and verb
/// dictionaries and the text file; records before the <c>FINAL-01</c> marker are the standard suite (466 records).
/// Expectations are the <c>{ SRC / TGT / CODE }</c> blocks in each record's comment; <c>{---}</c> expects no event;
/// <c>{###}</c> expects the record to be discarded and <c>{+++}</c> to be diverted as complex (see <see cref="TabariScreen"/>);
/// records with an <c>OPTION</c> block, or only <c>-{...}</c> (unchecked) blocks, are skipped.
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

        var options = TabariOptions.Defaults;
        if (files.TryGetValue("optionsfile", out var optionsFile))
        {
            options = File.Exists(optionsFile)
                ? options.ApplyFile(File.ReadLines(optionsFile, Encoding.Latin1))
                : throw new EvalSuiteException($"{optionsFile}: options file named by the suite does not exist.");
        }

        var (read, skipped) = Read(textFile, options);
        var records = read.Select(r => r.Record).ToList();
        var verbsFile = Named("verbsfile");
        var (coder, codes, notes, lineOffset) = SuiteDictionaries.Build(actorFiles, verbsFile, SuiteDictionaries.VerbFormat.Tabari);
        var screen = TabariScreen.Read(
            actorFiles.Select((f, n) => (Path.GetFileName(f), File.ReadAllText(f, Encoding.Latin1), Agents: n > 0)),
            Path.GetFileName(verbsFile),
            File.ReadAllText(verbsFile, Encoding.Latin1));
        // Records run under the options in force for them, with TABARI's actor search: a coder per combination of the
        // options that change the coder.
        var coders = new Dictionary<(bool, string?, bool, bool), Events.DocumentCoder>();
        Events.DocumentCoder CoderFor(TabariOptions o)
        {
            var key = (o.ConvertAgents, o.DefaultSource, o.DefaultSourcePrior, o.DefaultTarget is not null && o.DefaultTargetAfter);
            if (!coders.TryGetValue(key, out var c))
            {
                coders[key] = c = coder.WithTabariOptions(key.Item1, key.Item2, key.Item3, key.Item4);
            }

            return c;
        }

        var allNotes = notes
            .Append($"discard [###] and complex [+++] phrases of the dictionaries: {screen.SpecialPhraseCount}; COMPLEX: conditions VERBS, ACTORS, PRONOUNS, CONJ, COMMA, LATEVERB, NOACTPRIOR, NOACTAFTER, NOVERB applied on TABARI's word classes (NOSOURCE, NOTARGET, NOEVENT not applied)")
            .Append("options applied as TABARI documents them: MINIMUM WORDS, COMMA, COMPLEX, CODE BY, DEFAULT source and target, CONVERT AGENTS, FORWARD (from the options file and the records' OPTION blocks)").ToList();
        return new EvalSuite("tabari", directory, records, skipped, coder, EvalComparison.Triples, codes, allNotes)
        {
            PatternLineOffset = lineOffset,
            ModalityScoring = ModalityScoring.AsPeerCoder,
            CodeRecord = (index, document) => TabariConventions.Code(CoderFor(read[index].Options), document, read[index].Options, read[index].Story, screen),
        };
    }

    /// <summary>Reads the standard records of <c>Validate.text</c>.</summary>
    /// <exception cref="EvalSuiteException">The file is missing or a record is malformed.</exception>
    public static (IReadOnlyList<EvalRecord> Records, IReadOnlyList<(string Id, string Reason)> Skipped) ReadRecords(string textFile)
    {
        var (read, skipped) = Read(textFile, TabariOptions.Defaults);
        return (read.Select(r => r.Record).ToList(), skipped);
    }

    /// <summary>
    /// Reads the standard records with the options in force for each (<paramref name="options"/> changed by the
    /// <c>OPTION</c> blocks of earlier records) and, while <c>FORWARD</c> is on, the texts of the earlier records of its story.
    /// </summary>
    internal static (IReadOnlyList<(EvalRecord Record, TabariOptions Options, IReadOnlyList<string> Story)> Records, IReadOnlyList<(string Id, string Reason)> Skipped) Read(string textFile, TabariOptions options)
    {
        if (!File.Exists(textFile))
        {
            throw new EvalSuiteException($"{textFile}: not found.");
        }

        var lines = File.ReadAllLines(textFile, Encoding.Latin1);
        var records = new List<(EvalRecord, TabariOptions, IReadOnlyList<string>)>();
        var skipped = new List<(string, string)>();
        var story = new List<string>();
        (int Story, int Sentence)? previous = null;
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

                // Lines in the comment's own form ("\n{ ... }") right after it closed still belong to it: two records
                // close the comment early and list further events after it (AGENTS-11, PATTERN-26), which TABARI checks.
                while (i < lines.Length && lines[i].TrimStart().StartsWith("\\n", StringComparison.Ordinal) && !RecordHeader().IsMatch(lines[i]))
                {
                    comment.Append(lines[i]).Append('\n');
                    i++;
                }
            }

            var origin = $"{textFile}:{headerLine.ToString(CultureInfo.InvariantCulture)}";
            var recordText = text.ToString().Trim();

            // FORWARD: a record continues the story of the one before when its story number is the same and its sentence number one higher.
            var place = options.Forward is { } format ? StoryPlace(id, format) : null;
            if (place is null || previous is not { } last || last.Story != place.Value.Story || last.Sentence + 1 != place.Value.Sentence)
            {
                story.Clear();
            }

            var context = story.ToArray();
            story.Add(recordText);
            previous = place;

            var (expected, verdict, skipReason) = ParseExpectations(comment.ToString(), origin);
            foreach (Match option in OptionCommand().Matches(comment.ToString()))
            {
                options = options.Apply(option.Groups[1].Value);
            }

            if (skipReason is not null)
            {
                skipped.Add((id, skipReason));
                continue;
            }

            records.Add((new EvalRecord(id, recordText, date, expected, origin) { ExpectedVerdict = verdict }, options, context));
        }

        return (records, skipped);
    }

    /// <summary>Why a record is not scored: it only changes options.</summary>
    public const string OptionRecord = "option record (changes TABARI's options)";

    /// <summary>Why a record is not scored: nothing in it is checked.</summary>
    public const string Unchecked = "no checked expectation (only -{...} blocks, or none)";

    // The events a record expects, or the special verdict ({###} discarded, {+++} complex), which TABARI checks first
    // and in place of any event blocks (manual 10.1).
    private static (IReadOnlyList<EvalItem> Expected, string? Verdict, string? SkipReason) ParseExpectations(string comment, string origin)
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
                return ([], null, OptionRecord);
            }

            if (body is "+++")
            {
                return ([], TabariVerdict.ComplexName, null);
            }

            if (body is "###")
            {
                return ([], TabariVerdict.DiscardedName, null);
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
            // An unclosed "{ OPTION: ... */" is an option command too.
            return ([], null, OptionCommand().IsMatch(comment) ? OptionRecord : Unchecked);
        }

        return noEvent && expected.Count > 0
            ? throw new EvalSuiteException($"{origin}: {{---}} (no event) together with expected events.")
            : (expected, null, null);
    }

    // The story and sentence numbers of a record id under a FORWARD format: '^' stands for a blank before the id,
    // '*' for any character, N for a digit of the story number, S for a digit of the sentence number.
    internal static (int Story, int Sentence)? StoryPlace(string id, string format)
    {
        var pattern = format.TrimStart('^');
        int Number(char kind)
        {
            var digits = new StringBuilder();
            for (var k = 0; k < pattern.Length && k < id.Length; k++)
            {
                if (pattern[k] == kind)
                {
                    digits.Append(id[k]);
                }
            }

            return int.TryParse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        }

        return pattern.Contains('N', StringComparison.Ordinal) ? (Number('N'), Number('S')) : null;
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

    // "{ OPTION: SET: CODE ALL }"; some blocks in the suite are not closed ("{ OPTION: SET: MINIMUM WORDS = 4  */"):
    // the command then runs to the end of the comment or the line.
    [GeneratedRegex(@"\{\s*OPTION:\s*([^}\n]*?)\s*(?:\}|\*/|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex OptionCommand();

    [GeneratedRegex(@"(-?)\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Block();
}
