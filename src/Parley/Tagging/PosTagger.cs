using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Parley.Data;
using Parley.Tagging.Internal;
using Parley.Text;

namespace Parley.Tagging;

/// <summary>
/// A greedy averaged-perceptron part-of-speech tagger for English news text, trained on the Brown corpus
/// (tools/update-tagger) and shipped as the embedded model <c>tagger.pdat</c>. Tags the tokens of Parley's
/// <see cref="Tokenizer"/> with Penn Treebank tags (<see cref="PosTag"/>). Thread-safe; allocates nothing per token.
/// </summary>
/// <remarks>
/// Speed comes from caching by word type: every feature except the tag history depends only on a word
/// (the token itself, or a neighbour at −2…+2), so the sums of those weights are computed once per word type
/// and kept; per token only the tag-history features are looked up. See <see cref="TaggerFeatures"/>.
/// </remarks>
public sealed class PosTagger
{
    /// <summary>Length of a score vector: the tag count, a multiple of the 128- and 256-bit SIMD widths.</summary>
    internal const int Stride = PosTags.Count;

    private const int Tags = PosTags.Count;
    private const int HistoryTags = Tags + 1; // the tags and the sentence start

    private static readonly Lazy<PosTagger> BuiltIn = new(() => Load(DataFileReader.OpenEmbedded("tagger.pdat", TaggerModelWriter.Kind)));

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly string[] _words;
    private readonly sbyte[] _fixedTags;
    private readonly ulong[] _lowerHashes;
    private readonly VocabularyIndex _vocabulary;
    private readonly FeatureTable _features;
    private readonly float[] _previousTag;
    private readonly float[] _previousTags;
    private readonly WordType?[] _types;
    private readonly int _start1;
    private readonly int _start2;
    private readonly int _end1;
    private readonly int _end2;

    private PosTagger(string versionId, string[] words, sbyte[] fixedTags, FeatureTable features, FrozenSet<string> verbLemmas, FrozenSet<string> nounLemmas)
    {
        VersionId = versionId;
        _words = words;
        _fixedTags = fixedTags;
        _features = features;
        KnownVerbLemmas = verbLemmas;
        KnownNounLemmas = nounLemmas;
        var vocabulary = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        _lowerHashes = new ulong[words.Length];
        Span<char> buffer = stackalloc char[TaggerFeatures.MaxWordLength];
        for (var i = 0; i < words.Length; i++)
        {
            vocabulary.Add(words[i], i);
            _lowerHashes[i] = TaggerFeatures.LowerHash(TaggerFeatures.Lower(words[i], buffer));
        }

        _vocabulary = new VocabularyIndex(words);
        _types = new WordType[words.Length];
        _start1 = RequireWord(vocabulary, TaggerFeatures.Start1);
        _start2 = RequireWord(vocabulary, TaggerFeatures.Start2);
        _end1 = RequireWord(vocabulary, TaggerFeatures.End1);
        _end2 = RequireWord(vocabulary, TaggerFeatures.End2);

        // The tag history has few values: lay its weights out densely.
        _previousTag = new float[HistoryTags * Stride];
        _previousTags = new float[HistoryTags * HistoryTags * Stride];
        for (var t1 = 0; t1 < HistoryTags; t1++)
        {
            _features.Add(TaggerFeatures.PreviousTagKey(t1), _previousTag.AsSpan(t1 * Stride, Stride));
            for (var t2 = 0; t2 < HistoryTags; t2++)
            {
                _features.Add(TaggerFeatures.PreviousTagsKey(t2, t1), _previousTags.AsSpan(((t2 * HistoryTags) + t1) * Stride, Stride));
            }
        }
    }

    /// <summary>The tagger with the model built into the library (loaded on first use).</summary>
    public static PosTagger Default => BuiltIn.Value;

    /// <summary>Provenance of the model: corpus package, input hash, seed, epochs, template version.</summary>
    public string VersionId { get; }

    /// <summary>Number of word forms the model was trained on.</summary>
    public int VocabularySize => _words.Length - 4;

    /// <summary>Number of weighted features in the model.</summary>
    public int FeatureCount => _features.Count;

    /// <summary>Lower-case words the training data uses as base-form verbs (the lemmatiser's lexicon).</summary>
    internal FrozenSet<string> KnownVerbLemmas { get; }

    /// <summary>Lower-case words the training data uses as singular common nouns (the lemmatiser's lexicon).</summary>
    internal FrozenSet<string> KnownNounLemmas { get; }

    /// <summary>Whether <paramref name="word"/> occurs (with this exact spelling) in the training data.</summary>
    public bool IsKnownWord(ReadOnlySpan<char> word) => _vocabulary.Find(word) >= 0 && word.Length > 0 && word[0] > '\u0003';

    /// <summary>Tags the tokens of <paramref name="sentence"/>; <paramref name="output"/> receives one tag per token.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than the sentence.</exception>
    public void Tag(AnalyzedText text, SentenceSpan sentence, Span<PosTag> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((uint)sentence.EndTokenExclusive > (uint)text.Tokens.Count || sentence.FirstToken < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sentence), sentence, $"Value should lie within the text's tokens [0-{text.Tokens.Count}).");
        }

        // A sentence in capitals is tagged as if written in lower case: the model reads a capital as a name, and every
        // word of "RUSSIA EXPELS BRITISH DIPLOMATS" would be one. (Rare enough that the lower-cased copy costs nothing.)
        var characters = text.IsAllCaps(sentence) ? text.Text.ToLowerInvariant() : text.Text;
        Tag(characters, text.TokenSpan.Slice(sentence.FirstToken, sentence.TokenCount), output);
    }

    /// <summary>Tags every sentence of <paramref name="text"/>; returns one tag per token of the text.</summary>
    public PosTag[] Tag(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tags = new PosTag[text.Tokens.Count];
        foreach (var sentence in text.Sentences)
        {
            Tag(text, sentence, tags.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }

        return tags;
    }

    /// <summary>
    /// Tags one sentence given as tokens of <paramref name="text"/>; <paramref name="output"/> receives one tag per token.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="tokens"/>.</exception>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, Span<PosTag> output)
    {
        if (output.Length < tokens.Length)
        {
            throw new ArgumentException($"The output has room for {output.Length} tags; the sentence has {tokens.Length} tokens.", nameof(output));
        }

        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        var scratch = _scratch ??= new Scratch();
        scratch.Ensure(n);
        var rows = scratch.Rows;
        var fixedTags = scratch.FixedTags;

        // rows[i + 2] holds the cached vectors of token i; two boundary words stand on each side.
        rows[0].Type = Type(_start2);
        rows[1].Type = Type(_start1);
        rows[n + 2].Type = Type(_end1);
        rows[n + 3].Type = Type(_end2);
        for (var i = 0; i < n; i++)
        {
            var token = tokens[i];
            var word = text.Slice(token.Start, token.Length);
            var id = _vocabulary.Find(word);
            if (id >= 0)
            {
                rows[i + 2].Type = Type(id);
                fixedTags[i] = _fixedTags[id];
            }
            else
            {
                // Words the model never saw: computed once per thread and kept in a bounded per-thread cache.
                rows[i + 2].Type = scratch.UnknownType(this, word);
                fixedTags[i] = -1;
            }
        }

        Span<float> scores = stackalloc float[Stride];
        var t1 = TaggerFeatures.StartTag;
        var t2 = TaggerFeatures.StartTag;
        for (var i = 0; i < n; i++)
        {
            int tag = fixedTags[i];
            if (tag < 0)
            {
                var self = rows[i + 2].Type;
                SumStatic(
                    scores,
                    self.Slot(0),
                    rows[i + 1].Type.Slot(1),
                    rows[i + 3].Type.Slot(2),
                    rows[i].Type.Slot(3),
                    rows[i + 4].Type.Slot(4),
                    _previousTag.AsSpan(t1 * Stride, Stride),
                    _previousTags.AsSpan(((t2 * HistoryTags) + t1) * Stride, Stride));
                if (self.Known)
                {
                    _features.AddEntries(self.HistoryWordRows[2 * t1], self.HistoryWordRows[(2 * t1) + 1], scores);
                }
                else
                {
                    _features.Add(TaggerFeatures.PreviousTagWordKey(t1, self.LowerHash), scores);
                }

                tag = ArgMax(scores);
            }

            output[i] = (PosTag)tag;
            t2 = t1;
            t1 = tag;
        }
    }

    /// <summary>Loads a model from a data file of kind "tagger".</summary>
    /// <exception cref="InvalidDataFileException">The file is corrupt or was written for other feature templates or tags.</exception>
    public static PosTagger Load(DataFileReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string[]? words = null;
        sbyte[]? fixedTags = null;
        FeatureTable? features = null;
        FrozenSet<string>? verbs = null;
        FrozenSet<string>? nouns = null;
        var settingsSeen = false;
        reader.ReadFields((tag, r) =>
        {
            switch (tag)
            {
                case TaggerFieldId.Settings:
                    ReadSettings(r, reader.Source);
                    settingsSeen = true;
                    break;
                case TaggerFieldId.Vocabulary:
                    var count = r.ReadInt32();
                    words = new string[count];
                    fixedTags = new sbyte[count];
                    for (var i = 0; i < count; i++)
                    {
                        words[i] = r.ReadString();
                        fixedTags[i] = r.ReadSByte();
                        if (fixedTags[i] >= Tags)
                        {
                            throw new InvalidDataFileException($"{reader.Source}: word '{words[i]}' has tag {fixedTags[i]}; tags are [0-{Tags - 1}].");
                        }
                    }

                    break;
                case TaggerFieldId.Features:
                    features = ReadFeatures(r, reader.Source);
                    break;
                case TaggerFieldId.Lemmas:
                    verbs = ReadStrings(r).ToFrozenSet(StringComparer.Ordinal);
                    nouns = ReadStrings(r).ToFrozenSet(StringComparer.Ordinal);
                    break;
            }
        });
        if (!settingsSeen || words is null || fixedTags is null || features is null || verbs is null || nouns is null)
        {
            throw new InvalidDataFileException($"{reader.Source}: a tagger model needs settings, vocabulary, features and lemmas.");
        }

        return new PosTagger(reader.VersionId, words, fixedTags, features, verbs, nouns);
    }

    private static void ReadSettings(BinaryReader r, string source)
    {
        var templates = r.ReadInt32();
        if (templates != TaggerFeatures.TemplateVersion)
        {
            throw new InvalidDataFileException($"{source} uses feature templates {templates}; this library computes version {TaggerFeatures.TemplateVersion}. Retrain with tools/update-tagger.");
        }

        var count = r.ReadInt32();
        if (count != Tags)
        {
            throw new InvalidDataFileException($"{source} has {count} tags; this library has {Tags}.");
        }

        for (var t = 0; t < count; t++)
        {
            var name = r.ReadString();
            if (name != ((PosTag)t).ToPennName())
            {
                throw new InvalidDataFileException($"{source}: tag {t} is '{name}', expected '{((PosTag)t).ToPennName()}'.");
            }
        }
    }

    private static FeatureTable ReadFeatures(BinaryReader r, string source)
    {
        var count = r.ReadInt32();
        var keys = new ulong[count];
        var rowStart = new int[count + 1];
        var tags = new List<byte>(count * 4);
        var weights = new List<float>(count * 4);
        for (var f = 0; f < count; f++)
        {
            keys[f] = r.ReadUInt64();
            if (keys[f] == 0 || (f > 0 && keys[f] <= keys[f - 1]))
            {
                throw new InvalidDataFileException($"{source}: feature {f} has key {keys[f]}; keys must be non-zero and ascending.");
            }

            rowStart[f] = tags.Count;
            int nonZero = r.ReadByte();
            for (var i = 0; i < nonZero; i++)
            {
                var tag = r.ReadByte();
                if (tag >= Tags)
                {
                    throw new InvalidDataFileException($"{source}: feature {f} has a weight for tag {tag}; tags are [0-{Tags - 1}].");
                }

                tags.Add(tag);
                weights.Add(r.ReadSingle());
            }
        }

        rowStart[count] = tags.Count;
        return new FeatureTable(keys, rowStart, [.. tags], [.. weights]);
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var result = new string[r.ReadInt32()];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = r.ReadString();
        }

        return result;
    }

    private static int RequireWord(Dictionary<string, int> vocabulary, string word) =>
        vocabulary.TryGetValue(word, out var id) ? id : throw new InvalidDataFileException("The tagger model lacks its boundary words.");

    private WordType Type(int id)
    {
        var type = Volatile.Read(ref _types[id]);
        if (type is null)
        {
            // Two threads may compute the same entry at once; both results are equal, and either may win.
            type = new WordType { Known = true };
            ComputeTypeVectors(_words[id], type.Vectors);
            for (var t1 = 0; t1 < HistoryTags; t1++)
            {
                (type.HistoryWordRows[2 * t1], type.HistoryWordRows[(2 * t1) + 1]) = _features.Row(_features.Find(TaggerFeatures.PreviousTagWordKey(t1, _lowerHashes[id])));
            }

            Volatile.Write(ref _types[id], type);
        }

        return type;
    }

    private void ComputeTypeVectors(ReadOnlySpan<char> word, Span<float> vectors)
    {
        vectors.Clear();
        Span<ulong> keys = stackalloc ulong[TaggerFeatures.MaxSelfKeys];
        var count = TaggerFeatures.SelfKeys(word, keys);
        var self = vectors[..Stride];
        foreach (var key in keys[..count])
        {
            _features.Add(key, self);
        }

        for (var slot = 1; slot < TaggerFeatures.SlotCount; slot++)
        {
            var target = vectors.Slice(slot * Stride, Stride);
            count = TaggerFeatures.NeighbourKeys(word, (TaggerFeatures.Slot)slot, keys);
            foreach (var key in keys[..count])
            {
                _features.Add(key, target);
            }
        }
    }

    private static void SumStatic(
        Span<float> scores,
        ReadOnlySpan<float> a,
        ReadOnlySpan<float> b,
        ReadOnlySpan<float> c,
        ReadOnlySpan<float> d,
        ReadOnlySpan<float> e,
        ReadOnlySpan<float> f,
        ReadOnlySpan<float> g)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            for (var k = 0; k < Stride; k += Vector256<float>.Count)
            {
                var sum = Vector256.Create(a[k..]) + Vector256.Create(b[k..]) + Vector256.Create(c[k..]) + Vector256.Create(d[k..])
                    + Vector256.Create(e[k..]) + Vector256.Create(f[k..]) + Vector256.Create(g[k..]);
                sum.CopyTo(scores[k..]);
            }
        }
        else
        {
            for (var k = 0; k < Stride; k += Vector128<float>.Count)
            {
                var sum = Vector128.Create(a[k..]) + Vector128.Create(b[k..]) + Vector128.Create(c[k..]) + Vector128.Create(d[k..])
                    + Vector128.Create(e[k..]) + Vector128.Create(f[k..]) + Vector128.Create(g[k..]);
                sum.CopyTo(scores[k..]);
            }
        }
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        var bestScore = scores[0];
        for (var t = 1; t < Tags; t++)
        {
            if (scores[t] > bestScore)
            {
                best = t;
                bestScore = scores[t];
            }
        }

        return best;
    }

    // What the tagger caches per word type: the sums of its word-dependent features for each position it can stand at,
    // and for a known word where the weights of the feature "previous tag t1 and this word" start and end for each t1
    // (an empty range when the model has none), for an unknown one the hash that feature is looked up by. Both arrays are inline, in the object itself:
    // the tagger reaches a token's vectors with one memory read instead of two (object, then array).
    private sealed class WordType
    {
        public TypeVectors Vectors;

        public HistoryRows HistoryWordRows;

        public bool Known { get; init; }

        public ulong LowerHash { get; set; }

        public ReadOnlySpan<float> Slot(int slot) => MemoryMarshal.CreateReadOnlySpan(ref Vectors[slot * Stride], Stride);
    }

    [InlineArray(TaggerFeatures.SlotCount * Stride)]
    private struct TypeVectors
    {
        private float _element;
    }

    [InlineArray(2 * HistoryTags)]
    private struct HistoryRows
    {
        private int _element;
    }

    // The cached word type of one token of the sentence being tagged (a struct wrapper: storing into an array of a
    // class type costs a covariance check per store).
    private struct TypeRef
    {
        public WordType Type;
    }

    // Per-thread working memory, grown to the longest sentence seen and reused.
    private sealed class Scratch
    {
        private const int MaxUnknownWords = 20_000;

        private readonly Dictionary<string, WordType> _unknown;
        private readonly Dictionary<string, WordType>.AlternateLookup<ReadOnlySpan<char>> _unknownLookup;
        private PosTagger? _unknownOwner;

        public Scratch()
        {
            _unknown = new Dictionary<string, WordType>(StringComparer.Ordinal);
            _unknownLookup = _unknown.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public TypeRef[] Rows { get; private set; } = new TypeRef[68];

        public sbyte[] FixedTags { get; private set; } = new sbyte[64];

        public void Ensure(int tokens)
        {
            if (FixedTags.Length < tokens)
            {
                var size = (int)BitOperations.RoundUpToPowerOf2((uint)tokens);
                Rows = new TypeRef[size + 4];
                FixedTags = new sbyte[size];
            }
        }

        public WordType UnknownType(PosTagger tagger, ReadOnlySpan<char> word)
        {
            if (!ReferenceEquals(_unknownOwner, tagger) || _unknown.Count >= MaxUnknownWords)
            {
                _unknown.Clear();
                _unknownOwner = tagger;
            }

            if (_unknownLookup.TryGetValue(word, out var type))
            {
                return type;
            }

            type = new WordType { Known = false };
            tagger.ComputeTypeVectors(word, type.Vectors);
            Span<char> lower = stackalloc char[TaggerFeatures.MaxWordLength];
            type.LowerHash = TaggerFeatures.LowerHash(TaggerFeatures.Lower(word, lower));
            _unknown.Add(word.ToString(), type);
            return type;
        }
    }
}
