namespace Parley.Tagging.Internal;

/// <summary>
/// The feature templates of the tagger, shared by the trainer and the tagger so both compute the same keys.
/// </summary>
/// <remarks>
/// The score of tag t for token i is the sum of the weights of:
/// <list type="bullet">
/// <item>the token's own features (bias, word, lower-cased word, suffixes 1–4, prefixes 1–3, shape) — <see cref="Slot.Self"/>;</item>
/// <item>the lower-cased word and 3-letter suffix of the tokens at i−1 and i+1, and the lower-cased words at i−2 and i+2 —
/// <see cref="Slot.Previous"/>, <see cref="Slot.Next"/>, <see cref="Slot.Previous2"/>, <see cref="Slot.Next2"/>;</item>
/// <item>the previous tag, the previous two tags, and the previous tag with the lower-cased word (the history).</item>
/// </list>
/// Everything but the history depends only on word types, so the tagger sums it once per word type and caches it.
/// Positions before and after the sentence are the words <see cref="Start1"/>, <see cref="Start2"/>, <see cref="End1"/>, <see cref="End2"/>.
/// </remarks>
internal static class TaggerFeatures
{
    /// <summary>Version of the templates; stored in the model and checked on load.</summary>
    public const int TemplateVersion = 1;

    /// <summary>The longest prefix of a word the features look at; longer words are cut (identically in training and tagging).</summary>
    public const int MaxWordLength = 48;

    public const string Start1 = "\u0002S1";
    public const string Start2 = "\u0002S2";
    public const string End1 = "\u0003E1";
    public const string End2 = "\u0003E2";

    /// <summary>The number of keys <see cref="SelfKeys"/> writes at most.</summary>
    public const int MaxSelfKeys = 12;

    /// <summary>The number of keys <see cref="NeighbourKeys"/> writes at most.</summary>
    public const int MaxNeighbourKeys = 2;

    /// <summary>The history tag index used before the sentence start.</summary>
    public const int StartTag = PosTags.Count;

    public const int SlotCount = 5;

    private const int BiasTemplate = 1;
    private const int WordTemplate = 2;
    private const int LowerTemplate = 3;
    private const int SuffixTemplate = 4; // 4..7: suffixes of length 1..4
    private const int PrefixTemplate = 8; // 8..10: prefixes of length 1..3
    private const int ShapeTemplate = 11;
    private const int NeighbourWordTemplate = 20; // + slot
    private const int NeighbourSuffixTemplate = 30; // + slot
    private const int PreviousTagTemplate = 40;
    private const int PreviousTagsTemplate = 41;
    private const int PreviousTagWordTemplate = 42;

    /// <summary>Which position, relative to the token being tagged, a word stands at.</summary>
    public enum Slot
    {
        Self = 0,
        Previous = 1,
        Next = 2,
        Previous2 = 3,
        Next2 = 4,
    }

    /// <summary>Writes the lower-cased word (cut to <see cref="MaxWordLength"/>) into <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = Math.Min(word.Length, MaxWordLength);
        for (var i = 0; i < length; i++)
        {
            buffer[i] = char.ToLowerInvariant(word[i]);
        }

        return buffer[..length];
    }

    /// <summary>The hash of the lower-cased word, the value half of the previous-tag-and-word feature.</summary>
    public static ulong LowerHash(ReadOnlySpan<char> lower) => FeatureHash.Of(LowerTemplate, lower);

    /// <summary>Writes the keys of the token's own features; returns how many.</summary>
    public static int SelfKeys(ReadOnlySpan<char> word, Span<ulong> keys)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var cut = word[..Math.Min(word.Length, MaxWordLength)];
        var lower = Lower(cut, buffer);
        var n = 0;
        keys[n++] = FeatureHash.Of(BiasTemplate, 0);
        keys[n++] = FeatureHash.Of(WordTemplate, cut);
        keys[n++] = LowerHash(lower);
        for (var length = 1; length <= 4 && length <= lower.Length; length++)
        {
            keys[n++] = FeatureHash.Of(SuffixTemplate + length - 1, lower[^length..]);
        }

        for (var length = 1; length <= 3 && length < lower.Length; length++)
        {
            keys[n++] = FeatureHash.Of(PrefixTemplate + length - 1, lower[..length]);
        }

        keys[n++] = ShapeKey(cut);
        return n;
    }

    /// <summary>Writes the keys a word contributes when it stands at <paramref name="slot"/> (not <see cref="Slot.Self"/>).</summary>
    public static int NeighbourKeys(ReadOnlySpan<char> word, Slot slot, Span<ulong> keys)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var lower = Lower(word, buffer);
        var n = 0;
        keys[n++] = FeatureHash.Of(NeighbourWordTemplate + (int)slot, lower);
        if (slot is Slot.Previous or Slot.Next)
        {
            keys[n++] = FeatureHash.Of(NeighbourSuffixTemplate + (int)slot, lower[^Math.Min(3, lower.Length)..]);
        }

        return n;
    }

    public static ulong PreviousTagKey(int previousTag) => FeatureHash.Of(PreviousTagTemplate, previousTag);

    public static ulong PreviousTagsKey(int previousTag2, int previousTag) => FeatureHash.Of(PreviousTagsTemplate, previousTag2, previousTag);

    public static ulong PreviousTagWordKey(int previousTag, ulong lowerHash) => FeatureHash.Combine(PreviousTagWordTemplate, previousTag, lowerHash);

    // The word's shape: upper → X, lower → x, digit → d, others kept; runs of one class collapse to one; at most 8 characters.
    private static ulong ShapeKey(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Start(ShapeTemplate);
        var last = '\0';
        var written = 0;
        foreach (var c in word)
        {
            var shape = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (shape == last)
            {
                continue;
            }

            hash = FeatureHash.Add(hash, shape);
            last = shape;
            if (++written == 8)
            {
                break;
            }
        }

        return FeatureHash.Finish(hash);
    }
}
