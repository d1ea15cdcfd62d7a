namespace Parley.Tagging.Internal;

/// <summary>
/// A stable 64-bit hash (FNV-1a over UTF-16 code units) of a feature template and its value. The tagger
/// model stores these keys, so the function must never change without a new model format version.
/// </summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => Add(OffsetBasis, (char)template);

    public static ulong Add(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        return (hash ^ (byte)(c >> 8)) * Prime;
    }

    public static ulong Add(ulong hash, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }

    public static ulong Of(int template, ReadOnlySpan<char> value) => Finish(Add(Start(template), value));

    public static ulong Of(int template, int a) => Finish(Add(Start(template), (char)a));

    public static ulong Of(int template, int a, int b) => Finish(Add(Add(Start(template), (char)a), (char)b));

    /// <summary>A feature combining a tag with an already hashed value (the previous tag with the current word).</summary>
    public static ulong Combine(int template, int tag, ulong valueHash)
    {
        var hash = Add(Start(template), (char)tag);
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (byte)(valueHash >> (8 * i))) * Prime;
        }

        return Finish(hash);
    }

    /// <summary>Finishes a hash built with <see cref="Start"/> and <see cref="Add(ulong, char)"/>.</summary>
    // A final avalanche step: FNV's low bits are weak, and the table indexes by them.
    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash == 0 ? 1 : hash; // 0 marks an empty slot in FeatureTable
    }
}
