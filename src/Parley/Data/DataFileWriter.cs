using System.Text;

namespace Parley.Data;

/// <summary>Writes a data file in the container format described on <see cref="DataFileFormat"/>.</summary>
public sealed class DataFileWriter : IDisposable
{
    private readonly BinaryWriter _writer;

    /// <summary>Starts a data file of the given kind on <paramref name="output"/>.</summary>
    public DataFileWriter(Stream output, string kind, string versionId)
    {
        ArgumentNullException.ThrowIfNull(output);
        _writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        _writer.Write(DataFileFormat.Magic);
        _writer.Write(DataFileFormat.FormatVersion);
        _writer.Write(kind);
        _writer.Write(versionId);
    }

    /// <summary>Writes one tagged field whose payload is produced by <paramref name="writePayload"/>.</summary>
    public void WriteField(ushort tag, Action<BinaryWriter> writePayload)
    {
        ArgumentNullException.ThrowIfNull(writePayload);
        using var buffer = new MemoryStream();
        using (var payload = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writePayload(payload);
        }

        _writer.Write(tag);
        _writer.Write(checked((int)buffer.Length));
        buffer.Position = 0;
        buffer.CopyTo(_writer.BaseStream);
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
