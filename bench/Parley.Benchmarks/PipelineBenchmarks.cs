using BenchmarkDotNet.Attributes;
using Parley.Coding;
using Parley.Events;
using Parley.Events.Output;
using Parley.Lexicon;
using Parley.Text;

namespace Parley.Benchmarks;

/// <summary>
/// The stages after tagging, each on its own, over a news-like paragraph written for this benchmark: actor matching
/// (dictionary trie and combination), whole-document coding, and JSON Lines serialisation of the coded events
/// into a null sink. <c>parley bench</c> measures them end to end on the benchmark corpora.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const string Paragraph =
        "Armenian Prime Minister Nikol Pashinyan met with Russian President Vladimir Putin in Sochi on Monday. " +
        "Azerbaijan accused Armenia of violating the ceasefire. Talks between Armenia and Azerbaijan resumed in Brussels. " +
        "France imposed new sanctions on Iran. Turkey was criticized by Greece. The weather in the capital was mild, " +
        "and officials said the markets stayed calm while the ministers spoke to reporters about the harvest. ";

    private AnalyzedText _text = null!;
    private ActorMentionFinder _actors = null!;
    private DocumentCoder _coder = null!;
    private SourceDocument _document = null!;
    private IReadOnlyList<CodedEvent> _events = [];

    [GlobalSetup]
    public void Setup()
    {
        var raw = string.Concat(Enumerable.Repeat(Paragraph, 10));
        _text = AnalyzedText.Analyze(raw);
        _actors = new ActorMentionFinder(ActorDictionary.Default);
        _coder = DocumentCoder.CreateDefault();
        _document = new SourceDocument("bench", raw, new DateOnly(2022, 10, 31), null, null, null, "bench");
        _events = _coder.Code(_document).Events;
    }

    /// <summary>Actor matching over every sentence of the paragraph.</summary>
    [Benchmark]
    public int ActorMatcher()
    {
        var found = 0;
        foreach (var sentence in _text.Sentences)
        {
            found += _actors.Find(_text, sentence, null).Count;
        }

        return found;
    }

    /// <summary>The whole coder on the document: text stage, tagging, actors, patterns, event assembly.</summary>
    [Benchmark]
    public int DocumentCoding() => _coder.Code(_document).Events.Count;

    /// <summary>JSON Lines serialisation of the document's events into a null sink.</summary>
    [Benchmark]
    public void JsonWriter()
    {
        using var writer = new JsonLinesEventWriter(Stream.Null);
        foreach (var codedEvent in _events)
        {
            writer.Emit(codedEvent);
        }
    }
}
