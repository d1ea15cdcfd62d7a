namespace Parley.Lexicon;

/// <summary>
/// What was read from one or more dictionary files, before compiling: patterns in file order, word classes,
/// problems found, and (for imported dictionaries) the lines that could not be mapped, each with its reason.
/// </summary>
public sealed class LexiconSource
{
    private readonly List<EventPattern> _patterns = [];
    private readonly Dictionary<string, WordClass> _classes = new(StringComparer.Ordinal);
    private readonly List<LexiconDiagnostic> _diagnostics = [];
    private readonly List<LexiconDiagnostic> _skipped = [];
    private readonly HashSet<(EntryKind, string)> _entries = [];
    private readonly Dictionary<(EntryKind, string), string[]> _extraForms = [];
    private readonly List<string> _files = [];
    private readonly HashSet<(EntryKind, string)> _stemHeads = [];
    private readonly Dictionary<(EntryKind Kind, string Lemma), List<string>> _stemForms = [];

    /// <summary>The patterns, in the order they were read.</summary>
    public IReadOnlyList<EventPattern> Patterns => _patterns;

    /// <summary>The word classes by name ("$SANCTION").</summary>
    public IReadOnlyDictionary<string, WordClass> Classes => _classes;

    /// <summary>Problems found while reading (errors make the data unusable for coding).</summary>
    public IReadOnlyList<LexiconDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Lines of an imported dictionary that were read but not mapped, each with its reason.</summary>
    public IReadOnlyList<LexiconDiagnostic> SkippedLines => _skipped;

    /// <summary>The files read, in order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>How many entries (distinct heads: kind and lemma) there are.</summary>
    public int EntryCount => _entries.Count;

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Extra forms given for a head beyond the regular ones ("noun crisis | crises").</summary>
    public IReadOnlyDictionary<(EntryKind Kind, string Lemma), string[]> ExtraForms => _extraForms;

    /// <summary>
    /// Heads that are stems: the head matches every word it begins ("restor" matching "restore", "restored",
    /// "restoring"), as TABARI reads a verb root not ended by '_' or '='. Only imported dictionaries have them.
    /// </summary>
    public IReadOnlyCollection<(EntryKind Kind, string Lemma)> StemHeads => _stemHeads;

    internal void AddFile(string file) => _files.Add(file);

    /// <summary>
    /// Further stems that reach a head's patterns: forms of a TABARI root written without '_' on its <c>{ ... }</c> line
    /// ("ACTUALITY" for ACT_, matching "actualities"), which TABARI reads as stems as it reads roots.
    /// </summary>
    public IReadOnlyDictionary<(EntryKind Kind, string Lemma), List<string>> StemForms => _stemForms;

    internal void AddStemHead(EntryKind kind, string lemma) => _stemHeads.Add((kind, lemma));

    internal void AddStemForm(EntryKind kind, string lemma, string stem)
    {
        if (!_stemForms.TryGetValue((kind, lemma), out var list))
        {
            _stemForms[(kind, lemma)] = list = [];
        }

        if (!list.Contains(stem))
        {
            list.Add(stem);
        }
    }

    internal void AddEntry(EntryKind kind, string lemma, IReadOnlyList<string> extraForms)
    {
        _entries.Add((kind, lemma));
        if (extraForms.Count > 0)
        {
            _extraForms[(kind, lemma)] = _extraForms.TryGetValue((kind, lemma), out var old) ? [.. old, .. extraForms] : [.. extraForms];
        }
    }

    internal void AddPattern(EventPattern pattern)
    {
        _entries.Add((pattern.Kind, pattern.Lemma));
        _patterns.Add(pattern);
    }

    internal void AddClass(WordClass wordClass) => _classes[wordClass.Name] = wordClass;

    internal void Report(string file, int line, DiagnosticSeverity severity, string message) =>
        _diagnostics.Add(new LexiconDiagnostic(file, line, severity, message));

    internal void Skip(string file, int line, string reason) =>
        _skipped.Add(new LexiconDiagnostic(file, line, DiagnosticSeverity.Warning, reason));

    /// <summary>Throws on the first error, naming its file and line.</summary>
    /// <exception cref="Data.InvalidDataFileException">The data has an error.</exception>
    public void ThrowIfErrors()
    {
        var first = _diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (first is not null)
        {
            var more = _diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) - 1;
            throw new Data.InvalidDataFileException(first + (more > 0 ? $" (and {more} more error(s))" : string.Empty));
        }
    }
}
