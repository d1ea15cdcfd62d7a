using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley events</c>: lists stored events. Exit codes: 0 done (with or without events), 2 usage error, 4 the store failed.</summary>
public sealed class EventsCommand(CliEnvironment environment) : Command<EventsSettings>
{
    private static readonly string[] TsvColumns =
    [
        "event_id", "event_date", "last_date", "source_key", "source_code", "target_key", "target_code", "cameo", "root", "quad_class",
        "goldstein", "modality", "location_name", "location_country", "mention_count", "article_count", "source_count", "sources", "first_seen", "first_url",
    ];

    /// <inheritdoc/>
    public override int Execute(CommandContext context, EventsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stderr = environment.Stderr;
        var format = settings.Format.ToLowerInvariant();
        if (format is not ("table" or "jsonl" or "tsv"))
        {
            stderr.WriteLine($"parley: --format '{settings.Format}' is not a format; use table, jsonl or tsv.");
            return ParleyApp.UsageError;
        }

        if (settings.Root is not null && settings.Cameo is not null)
        {
            stderr.WriteLine("parley: give --root or --cameo, not both.");
            return ParleyApp.UsageError;
        }

        if (settings.Root is { } root && !(root.Length == 2 && int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 20))
        {
            stderr.WriteLine($"parley: --root '{root}' is not a CAMEO root; use two digits 01-20.");
            return ParleyApp.UsageError;
        }

        if (!StoreOptions.TryParseDate(settings.From, stderr, out var from, "--from") || !StoreOptions.TryParseDate(settings.To, stderr, out var to, "--to"))
        {
            return ParleyApp.UsageError;
        }

        if (!File.Exists(settings.Db))
        {
            stderr.WriteLine($"parley: {settings.Db}: no such store; create it with 'parley ingest --db {settings.Db} PATH'.");
            return ParleyApp.UsageError;
        }

        try
        {
            using var store = EventStore.Open(settings.Db);
            var events = store.QueryEvents(new EventQuery(from, to, settings.Source, settings.Target, settings.Actor, settings.Root ?? settings.Cameo, settings.MinMentions, settings.Limit));
            switch (format)
            {
                case "jsonl":
                    WriteJsonLines(events);
                    break;
                case "tsv":
                    WriteTsv(events);
                    break;
                default:
                    environment.Console.Write(Table(events));
                    break;
            }

            return ParleyApp.Success;
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"parley: {e.Message}");
            return ParleyApp.StoreError;
        }
    }

    private static Table Table(IReadOnlyList<StoredEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("event", "date", "source", "cameo", "target", "place", "mentions", "sources");
        foreach (var e in events)
        {
            table.AddRow(
                e.EventId.ToString(CultureInfo.InvariantCulture),
                e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape(e.SourceCode),
                Markup.Escape($"{e.Cameo} {e.Modality}"),
                Markup.Escape(e.TargetCode ?? "-"),
                Markup.Escape(e.LocationName ?? "-"),
                e.MentionCount.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", e.Sources)));
        }

        if (events.Count == 0)
        {
            table.Caption("no events");
        }

        return table;
    }

    private void WriteJsonLines(IReadOnlyList<StoredEvent> events)
    {
        using var writer = new Utf8JsonWriter(environment.Stdout, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var e in events)
        {
            writer.WriteStartObject();
            writer.WriteNumber("event_id", e.EventId);
            writer.WriteString("event_date", e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("last_date", e.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("source_key", e.SourceKey);
            writer.WriteString("source_code", e.SourceCode);
            writer.WriteString("source_name", e.SourceName);
            writer.WriteString("target_key", e.TargetKey);
            writer.WriteString("target_code", e.TargetCode);
            writer.WriteString("target_name", e.TargetName);
            writer.WriteString("cameo", e.Cameo);
            writer.WriteString("root", e.Root);
            writer.WriteNumber("quad_class", e.QuadClass);
            writer.WriteNumber("goldstein", e.Goldstein);
            writer.WriteString("modality", e.Modality);
            writer.WriteString("location_name", e.LocationName);
            writer.WriteString("location_country", e.LocationCountry);
            writer.WriteNumber("mention_count", e.MentionCount);
            writer.WriteNumber("article_count", e.ArticleCount);
            writer.WriteNumber("source_count", e.SourceCount);
            writer.WriteStartArray("sources");
            foreach (var source in e.Sources)
            {
                writer.WriteStringValue(source);
            }

            writer.WriteEndArray();
            writer.WriteString("first_seen", e.FirstSeen.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            writer.WriteString("first_url", e.FirstUrl);
            writer.WriteNumber("confidence", e.Confidence);
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            environment.Stdout.WriteByte((byte)'\n');
        }

        environment.Stdout.Flush();
    }

    private void WriteTsv(IReadOnlyList<StoredEvent> events)
    {
        using var w = new StreamWriter(environment.Stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        w.WriteLine(string.Join('\t', TsvColumns));
        foreach (var e in events)
        {
            string?[] values =
            [
                e.EventId.ToString(CultureInfo.InvariantCulture), e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.SourceKey, e.SourceCode, e.TargetKey, e.TargetCode,
                e.Cameo, e.Root, e.QuadClass.ToString(CultureInfo.InvariantCulture), e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
                e.Modality, e.LocationName, e.LocationCountry, e.MentionCount.ToString(CultureInfo.InvariantCulture),
                e.ArticleCount.ToString(CultureInfo.InvariantCulture), e.SourceCount.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", e.Sources), e.FirstSeen.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), e.FirstUrl,
            ];
            w.WriteLine(string.Join('\t', values.Select(v => v?.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') ?? string.Empty)));
        }
    }
}
