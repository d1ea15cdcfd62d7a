namespace Parley.Lexicon.Import;

/// <summary>Counts of what an importer read from one dictionary file.</summary>
public sealed class ImportSummary(string file, string format)
{
    /// <summary>The file read.</summary>
    public string File { get; } = file;

    /// <summary>The format it was read as ("PETRARCH-2", "TABARI").</summary>
    public string Format { get; } = format;

    /// <summary>Synonym sets read.</summary>
    public int Synsets { get; internal set; }

    /// <summary>Members of synonym sets read.</summary>
    public int SynsetMembers { get; internal set; }

    /// <summary>Verb blocks read (PETRARCH-2).</summary>
    public int VerbBlocks { get; internal set; }

    /// <summary>Verb lines read.</summary>
    public int Verbs { get; internal set; }

    /// <summary>Pattern lines read ("- ..." lines).</summary>
    public int PatternLines { get; internal set; }

    /// <summary>Pattern lines mapped to Parley patterns.</summary>
    public int PatternsImported { get; internal set; }

    /// <summary>Pattern lines skipped (each reported with its reason).</summary>
    public int PatternsSkipped { get; internal set; }

    /// <summary>Transformation lines read (PETRARCH-2), all skipped.</summary>
    public int Transformations { get; internal set; }

    /// <summary>Parley patterns made: each pattern line once per verb of its block, plus verbs that code on their own.</summary>
    public int CompiledPatterns { get; internal set; }
}
