using System.Globalization;
using System.Text;
using Parley.Events;
using Parley.Events.Output;
using Parley.Ontology;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>Writes events in the format the user chose: JSON Lines, TSV, a table, or readable explanations.</summary>
internal sealed class EventOutput : IEventSink, IDisposable
{
    private readonly CliEnvironment _environment;
    private readonly string _format;
    private readonly JsonLinesEventWriter? _json;
    private readonly StreamWriter? _text;
    private readonly TsvEventWriter? _tsv;
    private readonly List<CodedEvent> _tableRows = [];

    public EventOutput(CliEnvironment environment, string format)
    {
        _environment = environment;
        _format = format;
        switch (format)
        {
            case "jsonl":
                _json = new JsonLinesEventWriter(environment.Stdout);
                break;
            case "tsv":
                _text = new StreamWriter(environment.Stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                _tsv = new TsvEventWriter(_text);
                _tsv.WriteHeader();
                break;
            case "explain":
                _text = new StreamWriter(environment.Stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                break;
        }
    }

    public void Emit(CodedEvent codedEvent)
    {
        switch (_format)
        {
            case "jsonl":
                _json!.Emit(codedEvent);
                break;
            case "tsv":
                _tsv!.Emit(codedEvent);
                break;
            case "explain":
                WriteExplanation(_text!, codedEvent);
                break;
            default:
                _tableRows.Add(codedEvent);
                break;
        }
    }

    /// <summary>Writes what is buffered (the table is drawn at the end, once its column widths are known).</summary>
    public void Complete()
    {
        if (_format == "table")
        {
            _environment.Console.Write(BuildTable(_tableRows));
        }

        _json?.Flush();
        _text?.Flush();
    }

    public void Dispose()
    {
        _json?.Dispose();
        _text?.Dispose();
    }

    private static Table BuildTable(IReadOnlyList<CodedEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("doc", "#", "date", "source", "event", "target", "modality", "conf.");
        foreach (var e in events)
        {
            table.AddRow(
                Markup.Escape(Path.GetFileName(e.DocumentId)),
                e.SentenceIndex.ToString(CultureInfo.InvariantCulture),
                e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape($"{e.Source.Code} ({e.Source.Text})"),
                Markup.Escape($"{e.Code.Code.Value} {e.Code.Name}"),
                Markup.Escape(e.Target is null ? "-" : $"{e.Target.Code} ({e.Target.Text})"),
                EventNames.Of(e.Modality),
                e.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
        }

        if (events.Count == 0)
        {
            table.Caption("no events");
        }

        return table;
    }

    private static void WriteExplanation(TextWriter w, CodedEvent e)
    {
        var x = e.Explanation;
        w.WriteLine($"{e.DocumentId} sentence {e.SentenceIndex}: {e.SentenceText}");
        w.WriteLine($"  event    {e.Source.Code} -> {e.Target?.Code ?? "(no target)"}: {e.Code.Code.Value} {e.Code.Name}"
            + $" [root {e.Code.Code.Root}, quad class {(int)e.Code.QuadClass}, Goldstein {e.Code.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)} (GDELT), PLOVER {PloverTypes.ToName(e.Code.Plover) ?? "none"}]");
        w.WriteLine($"  pattern  {x.Pattern} from {x.PatternSource}, matched \"{x.VerbText}\" (tokens {x.VerbTokens.Start}-{x.VerbTokens.EndExclusive - 1})");
        w.WriteLine($"  source   \"{e.Source.Text}\" -> {Describe(e.Source)} (tokens {x.SourceTokens.Start}-{x.SourceTokens.EndExclusive - 1})");
        if (e.Target is not null && x.TargetTokens is { } t)
        {
            w.WriteLine($"  target   \"{e.Target.Text}\" -> {Describe(e.Target)} (tokens {t.Start}-{t.EndExclusive - 1})");
        }

        w.WriteLine($"  modality {EventNames.Of(e.Modality)}; date {e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"} ({EventNames.Of(e.DatePrecision)})"
            + (e.Location is null ? string.Empty : $"; location {e.Location.Name} ({EventNames.Of(e.Location.Precision)})")
            + $"; confidence {e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}; mentions {e.Mentions}");
        if (x.Rules.Count > 0)
        {
            w.WriteLine($"  rules    {string.Join("; ", x.Rules)}");
        }

        w.WriteLine();
    }

    private static string Describe(EventActor actor) =>
        $"{actor.Code} ({actor.Name}{(actor.Country is null ? string.Empty : ", country " + actor.Country)}{(actor.Role is null ? string.Empty : ", role " + actor.Role)})";
}
