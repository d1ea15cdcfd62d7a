using System.Numerics;
using System.Runtime.InteropServices;

namespace Parley.Tagging.Internal;

/// <summary>
/// The tagger's word → id table: open addressing over one array of (hash, length, id) slots, so a lookup reads one
/// slot (usually one cache line) and compares characters, packed into one array, only when hash and length agree. It replaces a frozen
/// dictionary whose lookup read a bucket array, a hash array, a key array and the key string: the tagger looks up
/// every token it tags, and those reads were about a tenth of coding time. Exact (ordinal) matches only.
/// Immutable after construction; safe to read from many threads.
/// </summary>
internal sealed class VocabularyIndex
{
    private readonly Slot[] _slots;
    private readonly char[] _chars;
    private readonly int _mask;

    /// <summary>Indexes <paramref name="words"/>: a word's id is its position. Later duplicates are ignored.</summary>
    public VocabularyIndex(string[] words)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Length * 2));
        _mask = capacity - 1;
        _slots = new Slot[capacity];

        // The words' characters packed into one array: a lookup compares against them directly instead of reading the
        // word array and then the string (two cache misses per token where one will do).
        var total = 0;
        foreach (var word in words)
        {
            total += word.Length;
        }

        _chars = new char[total];
        var next = 0;
        for (var id = 0; id < words.Length; id++)
        {
            var word = words[id];
            if (Find(word) >= 0)
            {
                continue;
            }

            var hash = Hash(word);
            var slot = (int)hash & _mask;
            while (_slots[slot].IdPlusOne != 0)
            {
                slot = (slot + 1) & _mask;
            }

            word.CopyTo(_chars.AsSpan(next));
            _slots[slot] = new Slot(hash, word.Length, id + 1, next);
            next += word.Length;
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1 when it is not in the vocabulary.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var slots = _slots;
        var slot = (int)hash & _mask;
        while (true)
        {
            ref readonly var entry = ref slots[slot];
            if (entry.IdPlusOne == 0)
            {
                return -1;
            }

            if (entry.Hash == hash && entry.Length == word.Length && word.SequenceEqual(_chars.AsSpan(entry.CharStart, entry.Length)))
            {
                return entry.IdPlusOne - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // FNV-1a over the UTF-16 code units with a final avalanche (the table indexes by the low bits).
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return hash;
    }

    // 16 bytes: four slots to a cache line.
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(uint Hash, int Length, int IdPlusOne, int CharStart);
}
