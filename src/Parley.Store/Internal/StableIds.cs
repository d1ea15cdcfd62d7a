using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Parley.Store.Internal;

/// <summary>Content-derived identifiers: the same input gives the same ids on every machine and thread count.</summary>
internal static class StableIds
{
    /// <summary>The SHA-256 of a document's text, as 64 lower-case hex digits: the document's key in the store.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The id of the <paramref name="ordinal"/>-th event coded in a document (in the coder's order).</summary>
    public static long MentionId(string contentHash, int ordinal) => Positive64($"mention\n{contentHash}\n{ordinal}");

    /// <summary>The id of an event (a cluster of mentions), from its group and its first mention.</summary>
    public static long EventId(string groupKey, long firstMentionId) => Positive64($"event\n{groupKey}\n{firstMentionId}");

    // 63 bits of SHA-256: a positive BIGINT, which every consumer (R, pandas, BigQuery INT64) reads as is.
    private static long Positive64(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) & long.MaxValue);
    }
}
