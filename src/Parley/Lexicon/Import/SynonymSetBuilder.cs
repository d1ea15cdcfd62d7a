namespace Parley.Lexicon.Import;

/// <summary>
/// Collects the members of the synonym set being read (TABARI's and PETRARCH's <c>&amp;NAME</c> followed by
/// <c>+member</c> lines) and registers it as a word class when the next set or section begins.
/// </summary>
internal sealed class SynonymSetBuilder(LexiconSource source, string fileName, Dictionary<string, WordClass> classes, ImportSummary summary)
{
    private (string Name, List<IReadOnlyList<string>> Members, int Line)? _open;

    /// <summary>The set being read: its name and members, or null outside a set.</summary>
    public (string Name, List<IReadOnlyList<string>> Members)? Current => _open is { } set ? (set.Name, set.Members) : null;

    /// <summary>Closes the set being read, if any, and opens a new one.</summary>
    public void Open(string name, int line)
    {
        Close();
        _open = (name, [], line);
    }

    /// <summary>Registers the set being read, if any, as a word class.</summary>
    public void Close()
    {
        if (_open is { } set)
        {
            var wordClass = new WordClass(set.Name, set.Members, $"{fileName}:{set.Line}");
            classes[set.Name] = wordClass;
            source.AddClass(wordClass);
            summary.Synsets++;
            _open = null;
        }
    }
}
