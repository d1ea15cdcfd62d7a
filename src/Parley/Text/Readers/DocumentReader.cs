using System.Text;

namespace Parley.Text.Readers;

/// <summary>
/// Reads documents from files and streams, choosing the format by file extension (.txt, .html/.htm, .jsonl).
/// Every problem — unreadable file, binary content, invalid UTF-8, empty input, malformed record — becomes a
/// <see cref="ReadProblem"/> naming the file (and line), and reading goes on with the rest.
/// </summary>
public static class DocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The format of a file by its extension, or <c>null</c> when the extension is not one Parley reads.</summary>
    public static InputFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" or ".text" => InputFormat.PlainText,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            _ => null,
        };
    }

    /// <summary>Reads one file. A file with an unknown extension is read as plain text.</summary>
    public static IEnumerable<ReadResult> ReadFile(string path, DateOnly? publicationDate)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, DescribeIoError(path, e))];
        }

        return ReadBytes(bytes, path, FormatOf(path) ?? InputFormat.PlainText, publicationDate);
    }

    /// <summary>Reads a whole stream (standard input) in the given format.</summary>
    public static IEnumerable<ReadResult> ReadStream(Stream stream, string origin, InputFormat format, DateOnly? publicationDate)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ReadBytes(buffer.ToArray(), origin, format, publicationDate);
    }

    /// <summary>Guesses the format of text read from a stream: JSON Lines when it starts with '{', HTML when it starts with '&lt;'.</summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF)
        {
            i++;
        }

        return i >= bytes.Length ? InputFormat.PlainText : bytes[i] switch
        {
            (byte)'{' => InputFormat.JsonLines,
            (byte)'<' => InputFormat.Html,
            _ => InputFormat.PlainText,
        };
    }

    /// <summary>Decodes and parses bytes already read from <paramref name="origin"/>.</summary>
    public static IEnumerable<ReadResult> ReadBytes(byte[] bytes, string origin, InputFormat format, DateOnly? publicationDate)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return [ReadResult.Failed(origin, "the input is empty.")];
        }

        if (LooksBinary(bytes))
        {
            return [ReadResult.Failed(origin, "this is a binary file, not text; skipped.")];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" at byte {e.Index}" : string.Empty;
            return [ReadResult.Failed(origin, $"the text is not valid UTF-8{offset}; convert it to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8).")];
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [ReadResult.Failed(origin, "the input has no text (only white space).")];
        }

        return format switch
        {
            InputFormat.JsonLines => JsonLinesReader.Read(text, origin, publicationDate),
            InputFormat.Html => [HtmlReader.Read(text, origin, publicationDate)],
            _ => [ReadResult.Of(new SourceDocument(origin, text, publicationDate, null, null, null, origin))],
        };
    }

    // NUL bytes never occur in text; a high share of other control bytes means a binary format too.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }

    private static string DescribeIoError(string path, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file.",
        UnauthorizedAccessException => "permission denied.",
        IOException when Directory.Exists(path) => "is a directory.",
        _ => $"cannot be read ({e.Message}).",
    };
}
