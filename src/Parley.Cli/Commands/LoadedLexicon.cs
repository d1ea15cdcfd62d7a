using Parley.Lexicon;
using Parley.Lexicon.Import;
using Parley.Ontology;

namespace Parley.Cli.Commands;

/// <summary>The event lexicon a command works with: the built-in one, or the user's verb dictionaries from --dict/--verbs.</summary>
internal sealed class LoadedLexicon
{
    private LoadedLexicon(LexiconSource source, IReadOnlyList<ImportSummary> imports, bool builtIn)
    {
        Source = source;
        Imports = imports;
        IsBuiltIn = builtIn;
    }

    /// <summary>What was read.</summary>
    public LexiconSource Source { get; }

    /// <summary>Counts per imported file.</summary>
    public IReadOnlyList<ImportSummary> Imports { get; }

    /// <summary>Whether this is the built-in lexicon.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>Reads the dictionaries the settings name, or the built-in lexicon when they name none.</summary>
    /// <exception cref="IOException">A dictionary file cannot be read.</exception>
    public static LoadedLexicon Load(DictionarySettings settings, Codebook codebook)
    {
        var files = new List<string>();
        if (settings.DictionaryDirectory is { } directory)
        {
            files.AddRange(VerbDictionaryLoader.FilesIn(directory));
        }

        if (settings.VerbsFile is { } verbs)
        {
            files.Add(verbs);
        }

        if (files.Count == 0)
        {
            return new LoadedLexicon(PatternLexicon.ReadBuiltIn(codebook), [], builtIn: true);
        }

        var source = new LexiconSource();
        var imports = new List<ImportSummary>();
        foreach (var file in files)
        {
            if (VerbDictionaryLoader.Read(source, file, codebook) is { } summary)
            {
                imports.Add(summary);
            }
        }

        return new LoadedLexicon(source, imports, builtIn: false);
    }
}
