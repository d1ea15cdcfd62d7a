using Parley.Ontology;

namespace Parley.Lexicon.Import;

/// <summary>
/// Loads user verb dictionaries by file name: <c>*.verbs</c> as TABARI, <c>CAMEO*.txt</c> and <c>*.verbs.txt</c> as
/// PETRARCH-2, <c>*.patterns</c> / <c>*.patterns.txt</c> as Parley's own pattern language. A directory (<c>--dict DIR</c>)
/// contributes every such file in it, in name order.
/// </summary>
public static class VerbDictionaryLoader
{
    /// <summary>Whether <paramref name="path"/> names a verb dictionary this loader reads.</summary>
    public static bool IsVerbDictionary(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        return name.EndsWith(".verbs", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".verbs.txt", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".patterns", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".patterns.txt", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("CAMEO", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The verb dictionaries of a directory, in name order.</summary>
    public static IReadOnlyList<string> FilesIn(string directory) =>
        [.. Directory.EnumerateFiles(directory).Where(IsVerbDictionary).Order(StringComparer.Ordinal)];

    /// <summary>Reads one file into <paramref name="source"/> by its name; returns the import counts (null for Parley's own format).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportSummary? Read(LexiconSource source, string path, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = File.ReadAllText(path);
        var name = Path.GetFileName(path);
        if (name.EndsWith(".verbs", StringComparison.OrdinalIgnoreCase))
        {
            return TabariVerbImporter.Read(source, text, path, codebook);
        }

        if (name.EndsWith(".patterns", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".patterns.txt", StringComparison.OrdinalIgnoreCase))
        {
            PatternFile.Read(source, text, path, codebook);
            return null;
        }

        return PetrarchVerbImporter.Read(source, text, path, codebook);
    }
}
