using System.Text;
using Parley.Events;
using Parley.Events.Output;
using Parley.Text;

namespace Parley.Tests.Events;

/// <summary>
/// The JSON Lines writer keeps its JSON writer (and that writer's buffer) for the thread's next event writer: every
/// writer still writes only its own events to its own stream, however the writers follow or overlap one another.
/// </summary>
public sealed class JsonLinesEventWriterTests
{
    private static readonly Lazy<IReadOnlyList<CodedEvent>> Events = new(() => DocumentCoder.CreateDefault()
        .Code(new SourceDocument("json-test", "Russia attacked Ukraine on Monday. France condemned Russia.", new DateOnly(2022, 11, 2), null, null, null, "test")).Events);

    private static string Write(IEnumerable<CodedEvent> events)
    {
        using var stream = new MemoryStream();
        using (var writer = new JsonLinesEventWriter(stream))
        {
            foreach (var e in events)
            {
                writer.Emit(e);
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void WritersOneAfterAnotherWriteTheSameLines()
    {
        Assert.Equal(2, Events.Value.Count);
        var first = Write(Events.Value);
        var second = Write(Events.Value);
        var reversed = Write(Events.Value.Reverse());

        Assert.Equal(first, second);
        var lines = first.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal([lines[1], lines[0]], reversed.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"cameo\":", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void OverlappingWritersKeepTheirOwnStreams()
    {
        var expected = Write(Events.Value.Take(1));
        using var outer = new MemoryStream();
        using var inner = new MemoryStream();
        var outerWriter = new JsonLinesEventWriter(outer);
        outerWriter.Emit(Events.Value[0]);
        using (var innerWriter = new JsonLinesEventWriter(inner))
        {
            innerWriter.Emit(Events.Value[0]);
        }

        // The inner writer gave its JSON writer back; the next one takes that, never the outer writer's.
        using var third = new MemoryStream();
        using (var thirdWriter = new JsonLinesEventWriter(third))
        {
            thirdWriter.Emit(Events.Value[0]);
        }

        outerWriter.Dispose();
        outerWriter.Dispose();
        Assert.Equal(expected, Encoding.UTF8.GetString(outer.ToArray()));
        Assert.Equal(expected, Encoding.UTF8.GetString(inner.ToArray()));
        Assert.Equal(expected, Encoding.UTF8.GetString(third.ToArray()));
        Assert.Throws<ObjectDisposedException>(() => outerWriter.Emit(Events.Value[0]));
    }
}
