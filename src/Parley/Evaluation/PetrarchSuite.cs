using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Parley.Events;
using Parley.Text;

namespace Parley.Evaluation;

/// <summary>
/// Reads PETRARCH's unit-test records (<c>PETR.UnitTest.records.xml</c>): the active records are the
/// <c>&lt;Sentence sentence="true"&gt;</c> ones (279); each is coded from its <c>&lt;Text&gt;</c> (its
/// <c>&lt;Parse&gt;</c> is not used). Expectations are its <c>&lt;EventCoding sourcecode targetcode eventcode&gt;</c>
/// elements; <c>noevents</c> and <c>error</c> codings expect no event. Dictionaries are the verb, actor and agent files
/// named in <c>&lt;Environment&gt;</c>, resolved next to the records file; a record containing a phrase of its discard
/// file (<see cref="DiscardList"/>) is not coded. PETRARCH's <c>require_dyad</c> (its default, <c>True</c>; read from a
/// <c>PETR_config.ini</c> next to the records file when there is one) is applied: an event without a target is not coded;
/// an agent named without an actor is coded with the null actor code its agent code is added to (<c>---EDU</c>).
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
        foreach (var sentence in document.Descendants("Sentence"))
        {
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

        var requireDyad = RequireDyad(Path.Combine(directory, "PETR_config.ini"));
        var allNotes = notes.Append("records coded from <Text>, not <Parse>")
            .Append(requireDyad ? "PETRARCH's require_dyad: an event without a target is not coded" : "require_dyad = False: events without a target are coded")
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
            CodeRecord = (_, document) => CodePetrarchWay(agentCoder, document, requireDyad),
        };
    }

    // PETRARCH's configuration (PETR_config.ini, "require_dyad: Events require a non-null source and target", default
    // True) decides whether it codes an event that names no target; without the file its default holds.
    private static bool RequireDyad(string configFile)
    {
        if (!File.Exists(configFile))
        {
            return true;
        }

        foreach (var line in File.ReadLines(configFile))
        {
            var content = line.Split('#', 2)[0];
            var equals = content.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && content[..equals].Trim().Equals("require_dyad", StringComparison.OrdinalIgnoreCase))
            {
                return !content[(equals + 1)..].Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
            }
        }

        return true;
    }

    // Codes a record as PETRARCH does: an agent alone has the null actor code, and under require_dyad the events
    // without a target are left out (and noted).
    private static SuiteCoding CodePetrarchWay(DocumentCoder coder, SourceDocument document, bool requireDyad)
    {
        var result = coder.Code(document);
        if (result.SkipReason is not null)
        {
            return new SuiteCoding(result, []);
        }

        var notes = new List<string>();
        var events = new List<CodedEvent>(result.Events.Count);
        foreach (var coded in result.Events)
        {
            var e = coded with { Source = WithNullActor(coded.Source), Target = coded.Target is null ? null : WithNullActor(coded.Target) };
            if (e.Target is not null || !requireDyad)
            {
                events.Add(e);
            }
            else
            {
                notes.Add($"PETRARCH's require_dyad: no event without a target ('{e.Explanation.VerbText}' by {e.Source.Code}; rules: {string.Join("; ", e.Explanation.Rules)})");
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
