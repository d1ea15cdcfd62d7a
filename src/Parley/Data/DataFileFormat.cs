namespace Parley.Data;

/// <summary>
/// The container format of Parley's compiled data files (<c>*.pdat</c>).
/// </summary>
/// <remarks>
/// Layout, all integers little-endian:
/// <code>
/// magic      4 bytes  "PDAT"
/// format     u16      container format version (<see cref="FormatVersion"/>)
/// kind       string   what the file holds ("codebook", "actors", …)
/// versionId  string   provenance: source releases, input hashes, tool version
/// fields     repeated until end of stream:
///   tag      u16      field id, meaning defined per kind
///   length   i32      byte length of the payload
///   payload  length bytes
/// </code>
/// A string is a 7-bit-encoded length followed by UTF-8 bytes (<see cref="BinaryWriter.Write(string)"/>).
/// Readers skip fields with unknown tags, so a newer compiler can add fields without breaking older readers.
/// </remarks>
public static class DataFileFormat
{
    /// <summary>The four magic bytes every data file starts with.</summary>
    public static ReadOnlySpan<byte> Magic => "PDAT"u8;

    /// <summary>The container format version this library writes and reads.</summary>
    public const ushort FormatVersion = 1;
}
