using System.Numerics;

namespace Parley.Tagging.Internal;

/// <summary>
/// The tagger's weights: an open-addressing table from feature key to a sparse row of (tag, weight) pairs, all rows
/// packed into one contiguous array of (tag, weight) entries, so that adding a row reads one place in memory (the
/// tagger adds a row per token). Immutable after construction; safe to read from many threads.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotFeature;
    private readonly int _mask;
    private readonly int[] _rowStart;
    private readonly Entry[] _entries;

    public FeatureTable(ulong[] keys, int[] rowStart, byte[] tags, float[] weights)
    {
        _rowStart = rowStart;
        _entries = new Entry[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            _entries[i] = new Entry(tags[i], weights[i]);
        }

        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _slotKeys = new ulong[capacity];
        _slotFeature = new int[capacity];
        for (var f = 0; f < keys.Length; f++)
        {
            var slot = (int)keys[f] & _mask;
            while (_slotKeys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slotKeys[slot] = keys[f];
            _slotFeature[slot] = f;
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The feature index of <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        var slot = (int)key & _mask;
        while (true)
        {
            var k = _slotKeys[slot];
            if (k == key)
            {
                return _slotFeature[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds the weights of the feature with <paramref name="key"/> (if any) to <paramref name="scores"/>.</summary>
    public void Add(ulong key, Span<float> scores) => AddRow(Find(key), scores);

    /// <summary>Adds the weights of feature <paramref name="feature"/> (none when -1) to <paramref name="scores"/>.</summary>
    public void AddRow(int feature, Span<float> scores)
    {
        if (feature < 0)
        {
            return;
        }

        AddEntries(_rowStart[feature], _rowStart[feature + 1], scores);
    }

    /// <summary>Where the entries of feature <paramref name="feature"/> start and end (an empty range when it is -1).</summary>
    public (int Start, int End) Row(int feature) => feature < 0 ? (0, 0) : (_rowStart[feature], _rowStart[feature + 1]);

    /// <summary>Adds the weights of the entries [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="scores"/>.</summary>
    public void AddEntries(int start, int end, Span<float> scores)
    {
        var entries = _entries;
        for (var i = start; i < end; i++)
        {
            var entry = entries[i];
            scores[entry.Tag] += entry.Weight;
        }
    }

    private readonly record struct Entry(int Tag, float Weight);
}
