using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Coding;
using Parley.Lexicon;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley actors lookup</c>: how a phrase resolves on a date. Exit codes: 0 something matched (for
/// --batch: the file was read), 1 nothing matched, 2 usage error or unreadable batch file.
/// </summary>
public sealed class ActorsLookupCommand(CliEnvironment environment) : Command<ActorsLookupSettings>
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc/>
    public override int Execute(CommandContext context, ActorsLookupSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!DictionaryOptions.TryLoadActors(settings.DictionaryDirectory, settings.Actors, environment.Stderr, out var dictionary))
        {
            return ParleyApp.UsageError;
        }

        var lookup = new ActorLookup(dictionary);
        if (settings.Batch is not null)
        {
            return RunBatch(lookup, settings, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(settings.Text))
        {
            environment.Stderr.WriteLine("parley: give a phrase to look up, or --batch FILE.");
            return ParleyApp.UsageError;
        }

        if (!TryParseDate(settings.Date, out var date))
        {
            environment.Stderr.WriteLine($"parley: --date '{settings.Date}' is not a valid date; expected YYYY-MM-DD, e.g. 2022-10-31.");
            return ParleyApp.UsageError;
        }

        var matches = lookup.Lookup(settings.Text, date);
        using var output = new StreamWriter(environment.Stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        if (settings.Json)
        {
            output.WriteLine(ToJson(settings.Text, date, matches));
        }
        else
        {
            foreach (var m in matches)
            {
                output.WriteLine(Describe(m.Mention));
            }
        }

        if (matches.Count == 0)
        {
            environment.Stderr.WriteLine($"parley: '{settings.Text}' matches no actor{(date is null ? string.Empty : $" on {date:yyyy-MM-dd}")}.");
            return ParleyApp.NothingCoded;
        }

        return ParleyApp.Success;
    }

    private int RunBatch(ActorLookup lookup, ActorsLookupSettings settings, CancellationToken cancellationToken)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(settings.Batch!, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Stderr.WriteLine($"parley: {settings.Batch}: cannot be read ({(e is FileNotFoundException ? "no such file" : e.Message)}).");
            return ParleyApp.UsageError;
        }

        using var output = new StreamWriter(environment.Stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        for (var i = 0; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            var dateText = parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim() : null;
            if (!TryParseDate(dateText, out var date))
            {
                environment.Stderr.WriteLine($"parley: {settings.Batch}:{i + 1}: '{dateText}' is not a date (YYYY-MM-DD); resolved without a date.");
            }

            var matches = lookup.Lookup(parts[0], date);
            output.WriteLine(settings.Json ? ToJson(parts[0], date, matches) : $"{parts[0]}\t{dateText}\t{string.Join("; ", matches.Select(m => Describe(m.Mention)))}");
        }

        return ParleyApp.Success;
    }

    private static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static string Describe(ActorMention m)
    {
        var office = Office(m);
        return $"{m.Code}\t{m.Name}\tcountry={m.Country ?? "-"} org={m.Org ?? "-"} role={m.Role ?? "-"}"
            + (office is null ? string.Empty : $"\t{office.Title} {office.When}")
            + $"\t[{string.Join(", ", m.Entries.Select(e => e.Source))}]";
    }

    private static Lexicon.Actors.RoleInterval? Office(ActorMention m) => m.Office;

    private static string ToJson(string text, DateOnly? date, IReadOnlyList<ActorLookupMatch> matches)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("text", text);
            if (date is { } d)
            {
                w.WriteString("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("date");
            }

            w.WriteStartArray("matches");
            foreach (var (m, matched) in matches)
            {
                w.WriteStartObject();
                w.WriteString("code", m.Code);
                WriteNullable(w, "country", m.Country);
                WriteNullable(w, "org", m.Org);
                WriteNullable(w, "role", m.Role);
                w.WriteString("name", m.Name);
                w.WriteString("matched", matched);
                w.WriteStartObject("entry");
                var main = m.Entries[^1];
                w.WriteString("kind", main.Kind.ToString().ToLowerInvariant());
                w.WriteString("source", main.Source);
                if (Office(m) is { } office)
                {
                    w.WriteStartObject("office");
                    w.WriteString("title", office.Title);
                    w.WriteString("actor", office.Actor);
                    w.WriteString("role", office.Role);
                    w.WriteString("start", office.When.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    WriteNullable(w, "end", office.When.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteString("source", office.Source);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
