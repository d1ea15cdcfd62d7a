using System.Numerics;

namespace Parley.Tagging.Internal;

/// <summary>
/// The tagger's weights: an open-addressing table from feature key to a sparse row of (tag, weight) pairs, all rows
/// packed into two contiguous arrays. Immutable after construction; safe to read from many threads.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotFeature;
    private readonly int _mask;
    private readonly int[] _rowStart;
    private readonly byte[] _tags;
    private readonly float[] _weights;

    public FeatureTable(ulong[] keys, int[] rowStart, byte[] tags, float[] weights)
    {
        _rowStart = rowStart;
        _tags = tags;
        _weights = weights;
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

        var end = _rowStart[feature + 1];
        for (var i = _rowStart[feature]; i < end; i++)
        {
            scores[_tags[i]] += _weights[i];
        }
    }
}
