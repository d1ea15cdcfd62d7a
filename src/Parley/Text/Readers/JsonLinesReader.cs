using System.Globalization;
using System.Text.Json;

namespace Parley.Text.Readers;

/// <summary>
/// Reads JSON Lines records <c>{"id", "text", "date" or "pub_date", optional "title", "url", "source"}</c>.
/// A malformed line is reported with its line number and the rest are still read.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Reads every line of <paramref name="text"/>.</summary>
    public static IEnumerable<ReadResult> Read(string text, string origin, DateOnly? defaultDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<ReadResult>();
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (!line.IsWhiteSpace())
            {
                // The line as a slice of the text: no string copy of it per record.
                text.AsSpan().Overlaps(line, out var offset);
                results.Add(ReadRecord(text.AsMemory(offset, line.Length), $"{origin}:{lineNumber}", defaultDate));
            }
        }

        if (results.Count == 0)
        {
            results.Add(ReadResult.Failed(origin, "the input has no records."));
        }

        return results;
    }

    /// <summary>Reads one record (one line of JSON Lines); <paramref name="where"/> names it in a problem ("file:line").</summary>
    public static ReadResult ReadRecord(string line, string where, DateOnly? defaultDate)
    {
        ArgumentNullException.ThrowIfNull(line);
        return ReadRecord(line.AsMemory(), where, defaultDate);
    }

    /// <summary>
    /// Reads one record given as a slice of a larger text (a line of a whole JSON Lines input), without copying the line
    /// into a string of its own; <paramref name="where"/> names it in a problem ("file:line").
    /// </summary>
    public static ReadResult ReadRecord(ReadOnlyMemory<char> line, string where, DateOnly? defaultDate)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return ReadResult.Failed(where, $"not valid JSON ({e.Message.Split(" Path:")[0].TrimEnd('.')}); record skipped.");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Failed(where, $"expected a JSON object, got {root.ValueKind.ToString().ToLowerInvariant()}; record skipped.");
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return ReadResult.Failed(where, "the record has no \"text\" string; record skipped.");
            }

            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadResult.Failed(where, "the record's \"text\" is empty; record skipped.");
            }

            var id = OptionalScalar(root, "id") ?? where;
            var dateText = OptionalScalar(root, "date") ?? OptionalScalar(root, "pub_date");
            var date = defaultDate;
            if (dateText is not null)
            {
                if (!TryParseDate(dateText, out var parsed))
                {
                    return ReadResult.Failed(where, $"the date '{dateText}' is not a date (expected YYYY-MM-DD or an ISO 8601 timestamp); record skipped.");
                }

                date = parsed;
            }

            var title = OptionalScalar(root, "title");
            var url = OptionalScalar(root, "url");
            var source = OptionalScalar(root, "source");
            return ReadResult.Of(new SourceDocument(id, text, date, title, url, source, where));
        }
    }

    /// <summary>Parses "2022-10-31", "20221031" or an ISO 8601 timestamp ("2022-10-31T08:15:00Z") to a date.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp) && text.Length >= 10 && text[4] == '-')
        {
            date = DateOnly.FromDateTime(timestamp.DateTime); // the date where the timestamp was written, not in UTC
            return true;
        }

        return false;
    }

    private static string? OptionalScalar(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
