using System.Text;

namespace Parley.Data;

/// <summary>Reads a data file in the container format described on <see cref="DataFileFormat"/>.</summary>
public sealed class DataFileReader
{
    private readonly byte[] _bytes;
    private readonly int _fieldsStart;

    private DataFileReader(byte[] bytes, string source, string kind, string versionId, int fieldsStart)
    {
        _bytes = bytes;
        Source = source;
        Kind = kind;
        VersionId = versionId;
        _fieldsStart = fieldsStart;
    }

    /// <summary>Where the bytes came from, for error messages.</summary>
    public string Source { get; }

    /// <summary>What the file holds ("codebook", "actors", …).</summary>
    public string Kind { get; }

    /// <summary>Provenance recorded by the compiler.</summary>
    public string VersionId { get; }

    /// <summary>Parses the header of <paramref name="bytes"/> and checks that the file is of <paramref name="expectedKind"/>.</summary>
    /// <exception cref="InvalidDataFileException">The bytes are not a data file of that kind.</exception>
    public static DataFileReader Open(byte[] bytes, string source, string expectedKind)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            var magic = reader.ReadBytes(4);
            if (!magic.AsSpan().SequenceEqual(DataFileFormat.Magic))
            {
                throw new InvalidDataFileException($"{source} is not a Parley data file (bad magic bytes).");
            }

            var format = reader.ReadUInt16();
            if (format != DataFileFormat.FormatVersion)
            {
                throw new InvalidDataFileException($"{source} has container format {format}; this library reads format {DataFileFormat.FormatVersion}.");
            }

            var kind = reader.ReadString();
            if (kind != expectedKind)
            {
                throw new InvalidDataFileException($"{source} holds '{kind}' data, expected '{expectedKind}'.");
            }

            var versionId = reader.ReadString();
            return new DataFileReader(bytes, source, kind, versionId, (int)reader.BaseStream.Position);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataFileException($"{source} is truncated.", e);
        }
    }

    /// <summary>Calls <paramref name="readField"/> for each field; fields it does not know it simply ignores (the reader skips them).</summary>
    public void ReadFields(Action<ushort, BinaryReader> readField)
    {
        ArgumentNullException.ThrowIfNull(readField);
        var position = _fieldsStart;
        try
        {
            while (position < _bytes.Length)
            {
                var tag = BitConverter.ToUInt16(_bytes, position);
                var length = BitConverter.ToInt32(_bytes, position + 2);
                var payloadStart = position + 6;
                if (length < 0 || payloadStart + length > _bytes.Length)
                {
                    throw new InvalidDataFileException($"{Source}: field {tag} at byte {position} runs past the end of the file.");
                }

                using (var payload = new BinaryReader(new MemoryStream(_bytes, payloadStart, length, writable: false), Encoding.UTF8))
                {
                    readField(tag, payload);
                }

                position = payloadStart + length;
            }
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataFileException($"{Source}: a field is shorter than its contents.", e);
        }
    }

    /// <summary>Loads an embedded data file of this library by name ("codebook.pdat").</summary>
    public static DataFileReader OpenEmbedded(string fileName, string expectedKind)
    {
        var name = "Parley.Data." + fileName;
        using var stream = typeof(DataFileReader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataFileException($"The library has no embedded data file '{name}'. Rebuild it with tools/update-data.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Open(bytes, name, expectedKind);
    }
}
