using System.Text;

namespace Parley.Data;

/// <summary>Reads the reviewable text data files embedded in the library (from data/ in the repository).</summary>
internal static class EmbeddedText
{
    /// <summary>Whether the library embeds the file.</summary>
    public static bool Exists(string fileName) =>
        typeof(EmbeddedText).Assembly.GetManifestResourceInfo("Parley.DataText." + fileName) is not null;

    /// <summary>The text of an embedded data file.</summary>
    public static string Read(string fileName)
    {
        var name = "Parley.DataText." + fileName;
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataFileException($"The library has no embedded data file '{name}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
