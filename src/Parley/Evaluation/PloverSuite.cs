using System.Globalization;
using System.Text.Json;

namespace Parley.Evaluation;

/// <summary>
/// Reads PLOVER's gold-standard CAMEO examples (<c>PLOVER_GSR_CAMEO.txt</c>, a JSON array): every record but the
/// <c>DOCUMENT</c> header, coded with Parley's built-in dictionaries. The file uses PLOVER 0.5b1 type names; the old ones
/// are mapped to current PLOVER (<see cref="CurrentType"/>). Expected sources and targets are the records' actor codes,
/// compared at country level.
/// </summary>
public static class PloverSuite
{
    /// <summary>The current PLOVER type for a PLOVER 0.5b1 type: DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT.</summary>
    public static string CurrentType(string oldType) => oldType.ToUpperInvariant() switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        var type => type,
    };

    /// <summary>Loads the suite.</summary>
    /// <exception cref="EvalSuiteException">The file is missing or not the expected JSON.</exception>
    public static EvalSuite Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file))
        {
            throw new EvalSuiteException($"{file}: not found.");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(file));
        }
        catch (JsonException e)
        {
            throw new EvalSuiteException($"{file}:{((e.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}: not valid JSON: {e.Message}", e);
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new EvalSuiteException($"{file}: expected a JSON array of records.");
            }

            var records = new List<EvalRecord>();
            var skipped = new List<(string, string)>();
            var index = 0;
            foreach (var record in json.RootElement.EnumerateArray())
            {
                index++;
                var id = record.TryGetProperty("id", out var idValue) ? idValue.GetString() ?? $"#{index}" : $"#{index}";
                var origin = $"{file}#{id}";
                var eventType = record.TryGetProperty("event", out var e) ? e.GetString() : null;
                if (eventType is null or "DOCUMENT")
                {
                    skipped.Add((id, "DOCUMENT record (file documentation)"));
                    continue;
                }

                var text = record.TryGetProperty("text", out var t) ? t.GetString() : null;
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw new EvalSuiteException($"{origin}: record without text.");
                }

                DateOnly? date = record.TryGetProperty("date", out var d) && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
                records.Add(new EvalRecord(id, text, date, [new EvalItem(string.Empty, string.Empty, CurrentType(eventType))], origin, Codes(record, "source"), Codes(record, "target"))
                {
                    MutualSources = MarksMutualActors(record),
                });
            }

            return new EvalSuite("plover", file, records, skipped, Events.DocumentCoder.CreateDefault(), EvalComparison.PloverType, OpenCodebook.Closed,
                ["built-in dictionaries; PLOVER 0.5b1 types mapped DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT"]);
        }
    }

    // PLOVER's markup writes an actor that is source and target at once "(SRC/TAR: Israel)": in "Israel and Lebanon
    // renewed negotiations" both act on each other, and the record lists them all as sources with no target.
    private static bool MarksMutualActors(JsonElement record) =>
        record.TryGetProperty("textInfo", out var info) && info.ValueKind == JsonValueKind.Object
        && info.TryGetProperty("markup", out var markup) && markup.ValueKind == JsonValueKind.String
        && (markup.GetString() ?? string.Empty).Contains("SRC/TAR:", StringComparison.Ordinal);

    private static string[] Codes(JsonElement record, string property) =>
        record.TryGetProperty(property, out var actors) && actors.ValueKind == JsonValueKind.Array
            ? [.. actors.EnumerateArray().Select(a => a.TryGetProperty("code", out var c) ? c.GetString() ?? string.Empty : string.Empty).Where(c => c.Length > 0)]
            : [];
}
