using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Parley.Events;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Evaluation;

/// <summary>
/// Reads PETRARCH's unit-test records (<c>PETR.UnitTest.records.xml</c>): the active records are the
/// <c>&lt;Sentence sentence="true"&gt;</c> ones (279); each is coded from its <c>&lt;Text&gt;</c> (its
/// <c>&lt;Parse&gt;</c> is not used). Expectations are its <c>&lt;EventCoding sourcecode targetcode eventcode&gt;</c>
/// elements; <c>noevents</c> and <c>error</c> codings expect no event. Dictionaries are the verb, actor and agent files
/// named in <c>&lt;Environment&gt;</c>, resolved next to the records file; a record containing a phrase of its discard
/// file (<see cref="DiscardList"/>) is not coded, nor is one whose <c>&lt;Parse&gt;</c> has unbalanced brackets (PETRARCH
/// rejects it). PETRARCH's options (<see cref="PetrarchOptions"/>: a <c>PETR_config.ini</c> next to the records file, then
/// the <c>&lt;Config&gt;</c> elements, each for the records after it) are applied by <see cref="PetrarchConventions"/>:
/// comma-delimited clauses within the <c>comma_*</c> limits are removed before coding; under <c>require_dyad</c> an event
/// without a target is not coded. An agent named without an actor is coded with the null actor code its agent code is
/// added to (<c>---EDU</c>).
/// </summary>
public static class PetrarchSuite
{
    /// <summary>Loads the suite.</summary>
    /// <exception cref="EvalSuiteException">The file or a dictionary it names is missing or malformed.</exception>
    public static EvalSuite Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file))
        {
            throw new EvalSuiteException($"{file}: not found.");
        }

        XDocument document;
        try
        {
            document = XDocument.Load(file, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new EvalSuiteException($"{file}:{e.LineNumber.ToString(CultureInfo.InvariantCulture)}: not well-formed XML: {e.Message}", e);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var environment = document.Root?.Element("Environment") ?? throw new EvalSuiteException($"{file}: no <Environment> element naming the dictionaries.");
        string Named(string element) => environment.Element(element)?.Value.Trim() is { Length: > 0 } name
            ? Path.Combine(directory, name)
            : throw new EvalSuiteException($"{file}: <Environment> has no <{element}>.");

        var records = new List<EvalRecord>();
        var skipped = new List<(string, string)>();
        var options = PetrarchOptions.ReadConfig(Path.Combine(directory, "PETR_config.ini"));
        var recordOptions = new List<PetrarchOptions>();
        var unbalancedParses = new HashSet<int>();
        foreach (var element in document.Root!.Descendants())
        {
            // <Config option="require_dyad" value="false"> holds for the records after it, as in PETRARCH's reader.
            if (element.Name.LocalName == "Config")
            {
                if ((string?)element.Attribute("option") is { } option && (string?)element.Attribute("value") is { } value)
                {
                    options = options.Apply(option, value);
                }

                continue;
            }

            if (element.Name.LocalName != "Sentence")
            {
                continue;
            }

            var sentence = element;
            var id = (string?)sentence.Attribute("id") ?? "?";
            var line = ((IXmlLineInfo)sentence).LineNumber;
            var origin = $"{file}:{line.ToString(CultureInfo.InvariantCulture)}";
            if (!string.Equals((string?)sentence.Attribute("sentence"), "true", StringComparison.OrdinalIgnoreCase))
            {
                skipped.Add((id, "sentence=\"false\": not an active record"));
                continue;
            }

            var text = sentence.Element("Text")?.Value ?? throw new EvalSuiteException($"{origin}: record {id} has no <Text>.");
            var expected = new List<EvalItem>();
            foreach (var coding in sentence.Elements("EventCoding"))
            {
                if (coding.Attribute("noevents") is not null || coding.Attribute("error") is not null)
                {
                    continue;
                }

                var source = (string?)coding.Attribute("sourcecode");
                var target = (string?)coding.Attribute("targetcode");
                var code = (string?)coding.Attribute("eventcode");
                if (source is null || target is null || code is null)
                {
                    throw new EvalSuiteException($"{origin}: record {id}: <EventCoding> without sourcecode, targetcode and eventcode.");
                }

                expected.Add(new EvalItem(Clean(source), Clean(target), Clean(code)));
            }

            // PETRARCH skips a record whose parse has unbalanced brackets ("bad_input_parse"); the parse is read for that
            // check only, never for coding.
            if (sentence.Element("Parse")?.Value is { } parse && parse.Count(c => c == '(') != parse.Count(c => c == ')'))
            {
                unbalancedParses.Add(records.Count);
            }

            recordOptions.Add(options);
            records.Add(new EvalRecord(id, string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), ParseDate((string?)sentence.Attribute("date")), expected, origin));
        }

        var actorFiles = new List<string> { Named("Actorfile") };
        if (environment.Element("Agentfile") is not null)
        {
            actorFiles.Add(Named("Agentfile"));
        }

        var (coder, codes, notes, lineOffset) = SuiteDictionaries.Build(actorFiles, Named("Verbfile"), SuiteDictionaries.VerbFormat.Petrarch);
        DiscardList? discards = null;
        if (environment.Element("Discardfile") is not null)
        {
            var discardFile = Named("Discardfile");
            if (!File.Exists(discardFile))
            {
                throw new EvalSuiteException($"{discardFile}: dictionary named by the suite does not exist.");
            }

            discards = DiscardList.Read(discardFile, File.ReadLines(discardFile));
            notes = [.. notes, $"{Path.GetFileName(discardFile)}: {discards.Count} discard phrase(s); a record containing one is not coded"];
        }

        var allNotes = notes.Append("records coded from <Text>, not <Parse> (a record whose <Parse> is unbalanced is skipped, as PETRARCH skips it)")
            .Append("PETRARCH's options (PETR_config.ini, then each <Config> element for the records after it): require_dyad (an event without a target is not coded; without it, one whose verb takes an uncoded noun phrase has the target '---') and the comma_* limits of comma-clause removal")
            .ToList();
        // An agent named without an actor ("students", "a senior official") is coded with the null actor code "---"
        // that its agent code is added to ("---EDU", "---GOV"), as PETRARCH's dictionaries documentation describes.
        var agentCoder = coder.WithConvertedAgents();
        allNotes.Add("an agent named without an actor is coded with the null actor code ('---EDU')");
        return new EvalSuite("petrarch", file, records, skipped, coder, EvalComparison.Triples, codes, allNotes)
        {
            PatternLineOffset = lineOffset,
            Discards = discards,
            ModalityScoring = ModalityScoring.AsPeerCoder,
            CodeRecord = (index, document) => unbalancedParses.Contains(index)
                ? new SuiteCoding(new DocumentResult(document, 0, [], "PETRARCH skips a record whose <Parse> has unbalanced brackets (bad_input_parse)"), [])
                : CodePetrarchWay(agentCoder, document, recordOptions[index]),
        };
    }

    // Codes a record as PETRARCH does under its options: comma-delimited clauses within the comma_* limits are removed
    // first; an agent alone has the null actor code; under require_dyad the events without a target are left out (and
    // noted), without it those whose verb takes an uncoded noun phrase get the null target.
    private static SuiteCoding CodePetrarchWay(DocumentCoder coder, SourceDocument document, PetrarchOptions options)
    {
        var notes = new List<string>();
        var text = PetrarchConventions.RemoveCommaClauses(document.Text, options, notes);
        var result = coder.Code(document with { Text = text });
        if (result.SkipReason is not null)
        {
            return new SuiteCoding(result, notes);
        }

        AnalyzedText? analyzed = null;
        PosTag[]? tags = null;
        var events = new List<CodedEvent>(result.Events.Count);
        foreach (var coded in result.Events)
        {
            var e = coded with { Source = WithNullActor(coded.Source), Target = coded.Target is null ? null : WithNullActor(coded.Target) };
            if (e.Target is not null)
            {
                events.Add(e);
                continue;
            }

            if (options.RequireDyad)
            {
                notes.Add($"PETRARCH's require_dyad: no event without a target ('{e.Explanation.VerbText}' by {e.Source.Code}; rules: {string.Join("; ", e.Explanation.Rules)})");
                continue;
            }

            analyzed ??= AnalyzedText.Analyze(text);
            tags ??= PosTagger.Default.Tag(analyzed);
            if (PetrarchConventions.CodesWithNullTarget(analyzed, tags, e, result.Events, out var reason))
            {
                events.Add(e);
                notes.Add($"require_dyad off: '{e.Explanation.VerbText}' by {e.Source.Code} has the null target: {reason}");
            }
            else
            {
                notes.Add($"require_dyad off, but PETRARCH codes no target for '{e.Explanation.VerbText}' by {e.Source.Code}: {reason}");
            }
        }

        return new SuiteCoding(result with { Events = events }, notes);
    }

    // "~EDU" (added after the actor code) becomes "---EDU", "NGO~" (added before it) "NGO---".
    private static EventActor WithNullActor(EventActor actor) =>
        actor.Code.StartsWith('~') ? actor with { Code = "---" + actor.Code[1..] }
        : actor.Code.EndsWith('~') ? actor with { Code = actor.Code[..^1] + "---" }
        : actor;

    // The records quote some codes ("'---'"); the code is what is inside.
    private static string Clean(string value) => value.Trim().Trim('"', '\'').Trim();

    private static DateOnly? ParseDate(string? yyyymmdd) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
