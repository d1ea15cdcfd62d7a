using BenchmarkDotNet.Attributes;
using Parley.Text;

namespace Parley.Benchmarks;

/// <summary>The text stage: tokenizer and sentence splitter over a news-like paragraph (written for this benchmark).</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private const string Paragraph =
        "YEREVAN, Oct. 31 (Reuters) - Armenian Prime Minister Nikol Pashinyan met with Russian President Vladimir Putin in Sochi on Monday, " +
        "and the two leaders discussed the situation on the border with Azerbaijan. \"We did not agree on everything,\" Pashinyan told reporters. " +
        "Gen. Valery Gerasimov, the chief of the General Staff, was also present, the Kremlin's spokesman said. The U.S. State Department " +
        "welcomed the talks. Azerbaijan's foreign ministry accused Yerevan of stalling the negotiations on a peace treaty, which began in 2022. ";

    private readonly TokenBuffer _tokens = new(4096);
    private readonly List<SentenceSpan> _sentences = new(256);
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = string.Concat(Enumerable.Repeat(Paragraph, 20));

    [Benchmark]
    public int Tokenize()
    {
        _tokens.Clear();
        Tokenizer.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        _tokens.Clear();
        _sentences.Clear();
        Tokenizer.Tokenize(_text, _tokens);
        SentenceSplitter.Split(_text, _tokens.Span, _sentences);
        return _sentences.Count;
    }
}
