using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Ontology;

namespace Parley.Events.Output;

/// <summary>
/// Writes events as JSON Lines, one object per line, with the field names of Parley's output contract
/// (README, "Output"). Goldstein values are GDELT's table; <c>goldstein_table</c> says so in every record.
/// </summary>
public sealed class JsonLinesEventWriter : IEventSink, IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep "Erdoğan" readable; output is not embedded in HTML
        Indented = false,
    };

    private readonly Stream _output;
    private readonly Utf8JsonWriter _writer;
    private bool _disposed;

    // A JSON writer of a disposed event writer, kept for the thread's next one: a new Utf8JsonWriter grows a new buffer
    // (256 bytes doubled to fit an event, several kilobytes a document), and a writer per document made that most of
    // what coding allocated. Taken by the constructor and given back by Dispose, so no two event writers share one.
    [ThreadStatic]
    private static Utf8JsonWriter? t_spareWriter;

    /// <summary>Writes to <paramref name="output"/>, which stays open.</summary>
    public JsonLinesEventWriter(Stream output)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        if (t_spareWriter is { } spare)
        {
            t_spareWriter = null;
            spare.Reset(output);
            _writer = spare;
        }
        else
        {
            _writer = new Utf8JsonWriter(output, Options);
        }
    }

    /// <inheritdoc/>
    public void Emit(CodedEvent codedEvent)
    {
        ArgumentNullException.ThrowIfNull(codedEvent);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var w = _writer;
        var e = codedEvent;
        w.WriteStartObject();
        w.WriteString("doc", e.DocumentId);
        w.WriteNumber("sentence", e.SentenceIndex);
        w.WriteString("text", e.SentenceText);
        if (e.Date is { } date)
        {
            w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("date");
        }

        w.WriteString("date_precision", EventNames.Of(e.DatePrecision));
        w.WritePropertyName("source");
        WriteActor(w, e.Source);
        w.WritePropertyName("target");
        if (e.Target is null)
        {
            w.WriteNullValue();
        }
        else
        {
            WriteActor(w, e.Target);
        }

        w.WriteString("cameo", e.Code.Code.Value);
        w.WriteString("cameo_name", e.Code.Name);
        w.WriteString("root", e.Code.Code.Root);
        if (PloverTypes.ToName(e.Code.Plover) is { } plover)
        {
            w.WriteString("plover", plover);
        }
        else
        {
            w.WriteNull("plover");
        }

        w.WriteNumber("quad_class", (int)e.Code.QuadClass);
        w.WriteNumber("goldstein", e.Code.Goldstein);
        w.WriteString("goldstein_table", "gdelt");
        w.WriteString("modality", EventNames.Of(e.Modality));
        w.WritePropertyName("location");
        WriteLocation(w, e.Location);
        w.WriteNumber("confidence", e.Confidence);
        w.WriteNumber("mentions", e.Mentions);
        w.WritePropertyName("explanation");
        WriteExplanation(w, e.Explanation);
        w.WriteEndObject();
        w.Flush();
        w.Reset(); // each line is its own JSON document
        _output.WriteByte((byte)'\n');
    }

    /// <summary>Flushes buffered output.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Flush();
        _output.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Flush();
        _disposed = true;
        // The writer lets go of the output (no reference kept to it) and waits, buffer and all, for the next event writer.
        _writer.Reset(Stream.Null);
        t_spareWriter = _writer;
    }

    private static void WriteActor(Utf8JsonWriter w, EventActor actor)
    {
        w.WriteStartObject();
        w.WriteString("code", actor.Code);
        WriteNullable(w, "country", actor.Country);
        WriteNullable(w, "org", actor.Org);
        WriteNullable(w, "role", actor.Role);
        w.WriteString("name", actor.Name);
        w.WriteString("text", actor.Text);
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, EventLocation? location)
    {
        if (location is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("name", location.Name);
        WriteNullable(w, "country", location.Country);
        if (location.Latitude is { } lat && location.Longitude is { } lon)
        {
            w.WriteNumber("lat", lat);
            w.WriteNumber("lon", lon);
        }
        else
        {
            w.WriteNull("lat");
            w.WriteNull("lon");
        }

        w.WriteString("precision", EventNames.Of(location.Precision));
        w.WriteEndObject();
    }

    /// <summary>Writes an explanation as the JSON object of the <c>"explanation"</c> field (stores keep it in this form).</summary>
    public static void WriteExplanation(Utf8JsonWriter w, EventExplanation x)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(x);
        w.WriteStartObject();
        w.WriteString("pattern", x.Pattern);
        w.WriteString("pattern_source", x.PatternSource);
        w.WriteString("verb", x.VerbText);
        WriteRange(w, "verb_tokens", x.VerbTokens);
        WriteRange(w, "source_tokens", x.SourceTokens);
        if (x.TargetTokens is { } target)
        {
            WriteRange(w, "target_tokens", target);
        }
        else
        {
            w.WriteNull("target_tokens");
        }

        w.WriteStartArray("rules");
        foreach (var rule in x.Rules)
        {
            w.WriteStringValue(rule);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter w, string name, TokenRange range)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(range.Start);
        w.WriteNumberValue(range.EndExclusive);
        w.WriteEndArray();
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
