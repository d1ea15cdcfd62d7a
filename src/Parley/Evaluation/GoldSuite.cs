using System.Globalization;
using System.Text.Json;

namespace Parley.Evaluation;

/// <summary>
/// Reads Parley's own gold format, JSON Lines with one record a line:
/// <c>{"id", "text", "date", "events": [{"source", "target", "cameo"}]}</c> — <c>target</c> may be null (no target),
/// <c>events</c> empty when the sentence reports nothing that happened. Coded with the built-in dictionaries.
/// </summary>
public static class GoldSuite
{
    /// <summary>Loads the suite.</summary>
    /// <exception cref="EvalSuiteException">The file is missing or a line is malformed (named with its line number).</exception>
    public static EvalSuite Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file))
        {
            throw new EvalSuiteException($"{file}: not found.");
        }

        var records = new List<EvalRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var origin = $"{file}:{number.ToString(CultureInfo.InvariantCulture)}";
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var id = Required(root, "id", origin);
                if (!ids.Add(id))
                {
                    throw new EvalSuiteException($"{origin}: duplicate id '{id}'.");
                }

                var text = Required(root, "text", origin);
                var dateText = Required(root, "date", origin);
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new EvalSuiteException($"{origin}: date '{dateText}' is not YYYY-MM-DD.");
                }

                if (!root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
                {
                    throw new EvalSuiteException($"{origin}: 'events' must be an array (empty when nothing happened).");
                }

                var expected = new List<EvalItem>();
                foreach (var e in events.EnumerateArray())
                {
                    var source = Required(e, "source", origin);
                    var target = e.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : EvalItem.NoActor;
                    var cameo = Required(e, "cameo", origin);
                    if (!Ontology.Codebook.Default.Contains(cameo))
                    {
                        throw new EvalSuiteException($"{origin}: '{cameo}' is not a CAMEO code.");
                    }

                    expected.Add(new EvalItem(source, target, cameo));
                }

                records.Add(new EvalRecord(id, text, date, expected, origin));
            }
            catch (JsonException e)
            {
                throw new EvalSuiteException($"{origin}: not valid JSON: {e.Message}", e);
            }
        }

        return new EvalSuite("gold", file, records, [], Events.DocumentCoder.CreateDefault(), EvalComparison.Triples, OpenCodebook.Closed, ["built-in dictionaries"]);
    }

    private static string Required(JsonElement element, string name, string origin) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : throw new EvalSuiteException($"{origin}: missing or empty \"{name}\".");
}
