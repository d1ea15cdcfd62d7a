using System.Globalization;
using System.Text;
using Parley.Ontology;

namespace Parley.Events.Output;

/// <summary>
/// Writes events as tab-separated values, one line per event after a header line, in an order close to
/// GDELT's event table (date, actors, code, QuadClass, Goldstein, place) with Parley's fields after.
/// Tabs and line breaks inside values are replaced by spaces, so every record is exactly one line.
/// </summary>
public sealed class TsvEventWriter : IEventSink
{
    /// <summary>The column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "doc", "sentence", "date", "date_precision",
        "source_code", "source_country", "source_org", "source_role", "source_name", "source_text",
        "target_code", "target_country", "target_org", "target_role", "target_name", "target_text",
        "cameo", "root", "quad_class", "goldstein", "plover", "modality",
        "location_name", "location_country", "lat", "lon", "location_precision",
        "confidence", "mentions", "pattern", "text",
    ];

    private readonly TextWriter _output;
    private readonly StringBuilder _line = new();
    private bool _headerWritten;

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public TsvEventWriter(TextWriter output) => _output = output ?? throw new ArgumentNullException(nameof(output));

    /// <summary>Writes the header line now (it is otherwise written before the first event).</summary>
    public void WriteHeader()
    {
        if (!_headerWritten)
        {
            _output.Write(string.Join('\t', Columns));
            _output.Write('\n');
            _headerWritten = true;
        }
    }

    /// <inheritdoc/>
    public void Emit(CodedEvent codedEvent)
    {
        ArgumentNullException.ThrowIfNull(codedEvent);
        WriteHeader();
        var e = codedEvent;
        _line.Clear();
        Add(e.DocumentId);
        Add(e.SentenceIndex.ToString(CultureInfo.InvariantCulture));
        Add(e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(EventNames.Of(e.DatePrecision));
        AddActor(e.Source);
        AddActor(e.Target);
        Add(e.Code.Code.Value);
        Add(e.Code.Code.Root);
        Add(((int)e.Code.QuadClass).ToString(CultureInfo.InvariantCulture));
        Add(e.Code.Goldstein.ToString("0.0", CultureInfo.InvariantCulture));
        Add(PloverTypes.ToName(e.Code.Plover));
        Add(EventNames.Of(e.Modality));
        Add(e.Location?.Name);
        Add(e.Location?.Country);
        Add(e.Location?.Latitude?.ToString(CultureInfo.InvariantCulture));
        Add(e.Location?.Longitude?.ToString(CultureInfo.InvariantCulture));
        Add(e.Location is null ? null : EventNames.Of(e.Location.Precision));
        Add(e.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
        Add(e.Mentions.ToString(CultureInfo.InvariantCulture));
        Add(e.Explanation.Pattern);
        Add(e.SentenceText, last: true);
        _output.Write(_line);
        _output.Write('\n');
    }

    private void AddActor(EventActor? actor)
    {
        Add(actor?.Code);
        Add(actor?.Country);
        Add(actor?.Org);
        Add(actor?.Role);
        Add(actor?.Name);
        Add(actor?.Text);
    }

    private void Add(string? value, bool last = false)
    {
        foreach (var c in value ?? string.Empty)
        {
            _line.Append(c is '\t' or '\n' or '\r' ? ' ' : c);
        }

        if (!last)
        {
            _line.Append('\t');
        }
    }
}
