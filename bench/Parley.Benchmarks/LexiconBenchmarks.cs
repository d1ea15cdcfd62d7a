using BenchmarkDotNet.Attributes;
using Parley.Coding;
using Parley.Lexicon;
using Parley.Ontology;
using Parley.Text;

namespace Parley.Benchmarks;

/// <summary>
/// Sentence coding with the built-in event lexicon (over 5,000 patterns) against a lexicon of a handful of patterns for
/// the same verbs: matching time should not depend on the lexicon's size. Text written for this benchmark.
/// </summary>
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    private const string Paragraph =
        "Armenian Prime Minister Nikol Pashinyan met with Russian President Vladimir Putin in Sochi on Monday. " +
        "Azerbaijan accused Armenia of violating the ceasefire. Talks between Armenia and Azerbaijan resumed in Brussels. " +
        "France imposed new sanctions on Iran. Turkey was criticized by Greece. Kenya's visit to Uganda ended on Friday. ";

    private const string Small = """
        $SANCTION = sanctions | embargo
        verb meet
            040  meet with TARGET
        verb accuse
            112  accuse TARGET of
        noun talks
            040  talks between SOURCE and TARGET
        verb impose
            163  impose $SANCTION on TARGET
        verb criticize
            111  criticize
        noun visit
            042  SOURCE 's visit to TARGET
        """;

    private AnalyzedText _text = null!;
    private SentenceCoder _builtIn = null!;
    private SentenceCoder _small = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = AnalyzedText.Analyze(string.Concat(Enumerable.Repeat(Paragraph, 10)));
        _builtIn = new SentenceCoder(ActorDictionary.Default, PatternLexicon.Default);
        var source = new LexiconSource();
        PatternFile.Read(source, Small, "small", Codebook.Default);
        _small = new SentenceCoder(ActorDictionary.Default, PatternLexicon.Compile(source, Inflector.Default));
    }

    [Benchmark(Baseline = true)]
    public int SmallLexicon() => Code(_small);

    [Benchmark]
    public int BuiltInLexicon() => Code(_builtIn);

    private int Code(SentenceCoder coder)
    {
        var events = 0;
        foreach (var sentence in _text.Sentences)
        {
            events += coder.Code(_text, sentence, null).Count;
        }

        return events;
    }
}
