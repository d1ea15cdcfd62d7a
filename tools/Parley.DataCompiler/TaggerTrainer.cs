using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parley.Data;
using Parley.Tagging;
using Parley.Tagging.Corpora;
using Parley.Tagging.Internal;

namespace Parley.DataCompiler;

/// <summary>
/// Trains the part-of-speech tagger on the training files of the Brown corpus (every file but the held-out tenth)
/// and writes <c>tagger.pdat</c>: a greedy averaged perceptron with the features of <see cref="TaggerFeatures"/>,
/// plus a tag dictionary for frequent unambiguous words.
/// </summary>
/// <remarks>
/// Deterministic: sentences are shuffled with a fixed seed, weights are integers during training (averaged with
/// Daumé's trick at the end), and features, words and lemmas are written in sorted order. Same corpus, seed and
/// epochs give the same bytes.
/// </remarks>
internal static class TaggerTrainer
{
    public const int DefaultEpochs = 8;
    public const int DefaultSeed = 1729;

    // Tag dictionary: a word seen at least this often with one tag at least this share of the time is tagged by lookup.
    private const int DictionaryMinimumCount = 20;
    private const double DictionaryMinimumShare = 0.97;

    // Averaged weights smaller than this are dropped; they change almost no decision and would double the file.
    private const float PruneBelow = 0.5f;

    // How many times each sentence of the news supplement is trained on.
    private const int SupplementWeight = 4;

    private const int Tags = PosTags.Count;
    private const int MaxStatic = TaggerFeatures.MaxSelfKeys + (4 * TaggerFeatures.MaxNeighbourKeys);

    public static string Train(string corpusDirectory, string? supplementPath, string outputPath, int epochs, int seed, TextWriter log)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = BrownCorpus.ListFiles(corpusDirectory);
        if (files.Count == 0)
        {
            throw new CompilerInputException($"{corpusDirectory} holds no Brown corpus files (ca01 … cr09); run tools/fetch-corpora.");
        }

        var trainingFiles = files.Where((_, i) => !BrownCorpus.IsHeldOut(i)).ToArray();
        var inputHash = HashFiles(corpusDirectory, trainingFiles);
        var sentences = trainingFiles.SelectMany(f => BrownCorpus.ReadFile(Path.Combine(corpusDirectory, f))).ToList();
        var supplementProvenance = string.Empty;
        if (supplementPath is not null)
        {
            // Hand-written news sentences (data/tagger/news-supplement.txt), counted SupplementWeight times.
            var supplement = InputFile.Open(supplementPath);
            var extra = TaggedSentenceFile.Read(supplementPath);
            for (var copy = 0; copy < SupplementWeight; copy++)
            {
                sentences.AddRange(extra);
            }

            supplementProvenance = $"; supplement {supplement.Provenance} x{SupplementWeight}";
            log.WriteLine($"tagger: {extra.Count} supplement sentences from {supplementPath}, each counted {SupplementWeight} times");
        }

        var tokenCount = sentences.Sum(s => s.Words.Count);
        log.WriteLine($"tagger: {sentences.Count} training sentences, {tokenCount} tokens from {trainingFiles.Length} of {files.Count} files");

        var (words, fixedTags) = BuildVocabulary(sentences);
        var fixedByWord = new Dictionary<string, sbyte>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            fixedByWord[words[i]] = fixedTags[i];
        }

        var weights = new Weights();
        var instances = Prepare(sentences, weights, fixedByWord);
        var random = new Random(seed);
        var order = Enumerable.Range(0, instances.Count).ToArray();
        long clock = 1;
        Span<int> scores = stackalloc int[Tags];
        Span<int> history = stackalloc int[3];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var correct = 0;
            foreach (var s in order)
            {
                var sentence = instances[s];
                int t1 = TaggerFeatures.StartTag, t2 = TaggerFeatures.StartTag;
                for (var i = 0; i < sentence.Truth.Length; i++)
                {
                    var truth = sentence.Truth[i];
                    int guess = sentence.Fixed[i];
                    if (guess < 0)
                    {
                        var active = sentence.Static.AsSpan(i * MaxStatic, sentence.StaticCount[i]);
                        history[0] = weights.Find(TaggerFeatures.PreviousTagKey(t1));
                        history[1] = weights.Find(TaggerFeatures.PreviousTagsKey(t2, t1));
                        history[2] = weights.Find(TaggerFeatures.PreviousTagWordKey(t1, sentence.LowerHashes[i]));
                        scores.Clear();
                        weights.AddScores(active, scores);
                        weights.AddScores(history, scores);
                        guess = ArgMax(scores);
                        if (guess != truth)
                        {
                            history[0] = weights.Intern(TaggerFeatures.PreviousTagKey(t1));
                            history[1] = weights.Intern(TaggerFeatures.PreviousTagsKey(t2, t1));
                            history[2] = weights.Intern(TaggerFeatures.PreviousTagWordKey(t1, sentence.LowerHashes[i]));
                            weights.Update(active, truth, guess, clock);
                            weights.Update(history, truth, guess, clock);
                        }

                        clock++;
                    }

                    correct += guess == truth ? 1 : 0;
                    t2 = t1;
                    t1 = guess;
                }
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagger: epoch {epoch}/{epochs}: training accuracy {(double)correct / tokenCount:F4} ({stopwatch.Elapsed.TotalSeconds:F1} s)"));
        }

        var features = weights.Average(clock, PruneBelow);
        var (verbs, nouns) = CollectLemmas(sentences);
        var model = new TaggerModelData(words, fixedTags, features, verbs, nouns);
        var versionId = string.Create(
            CultureInfo.InvariantCulture,
            $"tagger 1; {BrownCorpus.PackageVersion} training files sha256={inputHash}{supplementProvenance}; templates {TaggerFeatures.TemplateVersion}; seed {seed}; epochs {epochs}; prune {PruneBelow}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var stream = File.Create(outputPath))
        {
            TaggerModelWriter.Write(stream, versionId, model);
        }

        // Read the output back through the library and validate it on the held-out files.
        var tagger = PosTagger.Load(DataFileReader.Open(File.ReadAllBytes(outputPath), outputPath, TaggerModelWriter.Kind));
        if (tagger.FeatureCount != features.Count || tagger.VocabularySize != words.Count - 4)
        {
            throw new CompilerInputException($"{outputPath}: read back {tagger.FeatureCount} features and {tagger.VocabularySize} words; wrote {features.Count} and {words.Count - 4}.");
        }

        var evaluation = TaggerEvaluation.Evaluate(tagger, corpusDirectory);
        if (evaluation.Accuracy < 0.9)
        {
            throw new CompilerInputException($"{outputPath}: held-out accuracy {evaluation.Accuracy:F4} is implausibly low; the model or the corpus is broken.");
        }

        var size = new FileInfo(outputPath).Length;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"tagger: {features.Count} features, {words.Count - 4} words, {verbs.Count} verb and {nouns.Count} noun lemmas, {size / 1024.0 / 1024.0:F2} MB, written to {outputPath} in {stopwatch.Elapsed.TotalSeconds:F1} s; held-out accuracy {evaluation.Accuracy:F4}, unknown words {evaluation.UnknownWordAccuracy:F4} ({evaluation.UnknownTokens} of {evaluation.Tokens} tokens), {evaluation.TokensPerSecond:F0} tokens/s");
    }

    private static string HashFiles(string directory, IEnumerable<string> names)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in names)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(File.ReadAllBytes(Path.Combine(directory, name)));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static (List<string> Words, List<sbyte> FixedTags) BuildVocabulary(List<TaggedSentence> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                if (!counts.TryGetValue(sentence.Words[i], out var perTag))
                {
                    counts[sentence.Words[i]] = perTag = new int[Tags];
                }

                perTag[(int)sentence.Tags[i]]++;
            }
        }

        foreach (var boundary in new[] { TaggerFeatures.Start1, TaggerFeatures.Start2, TaggerFeatures.End1, TaggerFeatures.End2 })
        {
            counts[boundary] = new int[Tags];
        }

        var words = counts.Keys.Order(StringComparer.Ordinal).ToList();
        var fixedTags = new List<sbyte>(words.Count);
        foreach (var word in words)
        {
            var perTag = counts[word];
            var total = perTag.Sum();
            var best = perTag.AsSpan().IndexOf(perTag.Max());
            fixedTags.Add(total >= DictionaryMinimumCount && perTag[best] >= DictionaryMinimumShare * total ? (sbyte)best : (sbyte)-1);
        }

        return (words, fixedTags);
    }

    private static (List<string> Verbs, List<string> Nouns) CollectLemmas(List<TaggedSentence> sentences)
    {
        var verbs = new SortedSet<string>(StringComparer.Ordinal);
        var nouns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var word = sentence.Words[i];
                if (!word.All(c => char.IsLetter(c) || c == '-'))
                {
                    continue;
                }

                if (sentence.Tags[i] == PosTag.VB)
                {
                    verbs.Add(word.ToLowerInvariant());
                }
                else if (sentence.Tags[i] == PosTag.NN)
                {
                    nouns.Add(word.ToLowerInvariant());
                }
            }
        }

        return ([.. verbs], [.. nouns]);
    }

    private static List<Instance> Prepare(List<TaggedSentence> sentences, Weights weights, Dictionary<string, sbyte> fixedByWord)
    {
        var result = new List<Instance>(sentences.Count);
        Span<ulong> keys = stackalloc ulong[MaxStatic];
        Span<char> lower = stackalloc char[TaggerFeatures.MaxWordLength];
        foreach (var sentence in sentences)
        {
            var n = sentence.Words.Count;
            var instance = new Instance(new int[n * MaxStatic], new int[n], new ulong[n], new int[n], new sbyte[n]);
            string WordAt(int j) => j switch
            {
                -2 => TaggerFeatures.Start2,
                -1 => TaggerFeatures.Start1,
                _ when j == n => TaggerFeatures.End1,
                _ when j == n + 1 => TaggerFeatures.End2,
                _ => sentence.Words[j],
            };

            for (var i = 0; i < n; i++)
            {
                var count = TaggerFeatures.SelfKeys(sentence.Words[i], keys);
                count += TaggerFeatures.NeighbourKeys(WordAt(i - 1), TaggerFeatures.Slot.Previous, keys[count..]);
                count += TaggerFeatures.NeighbourKeys(WordAt(i + 1), TaggerFeatures.Slot.Next, keys[count..]);
                count += TaggerFeatures.NeighbourKeys(WordAt(i - 2), TaggerFeatures.Slot.Previous2, keys[count..]);
                count += TaggerFeatures.NeighbourKeys(WordAt(i + 2), TaggerFeatures.Slot.Next2, keys[count..]);
                for (var k = 0; k < count; k++)
                {
                    instance.Static[(i * MaxStatic) + k] = weights.Intern(keys[k]);
                }

                instance.StaticCount[i] = count;
                instance.LowerHashes[i] = TaggerFeatures.LowerHash(TaggerFeatures.Lower(sentence.Words[i], lower));
                instance.Truth[i] = (int)sentence.Tags[i];
                instance.Fixed[i] = fixedByWord[sentence.Words[i]];
            }

            result.Add(instance);
        }

        return result;
    }

    private static int ArgMax(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        return best;
    }

    private sealed record Instance(int[] Static, int[] StaticCount, ulong[] LowerHashes, int[] Truth, sbyte[] Fixed);

    // Perceptron weights by feature index: current integer weights, and the time-weighted sums for averaging.
    private sealed class Weights
    {
        private readonly Dictionary<ulong, int> _index = [];
        private readonly List<ulong> _keys = [];
        private int[] _current = new int[1 << 20];
        private long[] _timed = new long[1 << 20];

        public int Find(ulong key) => _index.GetValueOrDefault(key, -1);

        public int Intern(ulong key)
        {
            if (_index.TryGetValue(key, out var index))
            {
                return index;
            }

            index = _keys.Count;
            _index.Add(key, index);
            _keys.Add(key);
            if ((index + 1) * Tags > _current.Length)
            {
                Array.Resize(ref _current, _current.Length * 2);
                Array.Resize(ref _timed, _timed.Length * 2);
            }

            return index;
        }

        public void AddScores(ReadOnlySpan<int> features, Span<int> scores)
        {
            foreach (var f in features)
            {
                if (f < 0)
                {
                    continue;
                }

                var row = _current.AsSpan(f * Tags, Tags);
                for (var t = 0; t < Tags; t++)
                {
                    scores[t] += row[t];
                }
            }
        }

        public void Update(ReadOnlySpan<int> features, int truth, int guess, long clock)
        {
            foreach (var f in features)
            {
                _current[(f * Tags) + truth]++;
                _timed[(f * Tags) + truth] += clock;
                _current[(f * Tags) + guess]--;
                _timed[(f * Tags) + guess] -= clock;
            }
        }

        public List<(ulong Key, float[] Weights)> Average(long clock, float pruneBelow)
        {
            var result = new List<(ulong, float[])>();
            for (var f = 0; f < _keys.Count; f++)
            {
                var averaged = new float[Tags];
                var any = false;
                for (var t = 0; t < Tags; t++)
                {
                    var value = (float)(_current[(f * Tags) + t] - ((double)_timed[(f * Tags) + t] / clock));
                    if (Math.Abs(value) >= pruneBelow)
                    {
                        averaged[t] = value;
                        any = true;
                    }
                }

                if (any)
                {
                    result.Add((_keys[f], averaged));
                }
            }

            result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            return result;
        }
    }
}
