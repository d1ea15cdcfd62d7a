using System.Collections.Frozen;
using Parley.Data;

namespace Parley.Tagging;

/// <summary>
/// The table of irregular English verbs (data/lexicon/irregular-verbs.txt: lines "lemma past participle", alternatives
/// separated by '/'), read in both directions: the lexicon's inflector generates forms from lemmas, the lemmatiser
/// finds lemmas of forms. One table serves both, so they cannot disagree.
/// </summary>
public sealed class IrregularVerbTable
{
    private static readonly Lazy<IrregularVerbTable> BuiltIn = new(() => Parse(EmbeddedText.Read("irregular-verbs.txt"), "irregular-verbs.txt"));

    private readonly FrozenDictionary<string, (string[] Past, string[] Participle)> _byLemma;
    private readonly FrozenDictionary<string, string> _lemmaByForm;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _formLookup;

    private IrregularVerbTable(Dictionary<string, (string[], string[])> byLemma, Dictionary<string, string> lemmaByForm)
    {
        _byLemma = byLemma.ToFrozenDictionary(StringComparer.Ordinal);
        _lemmaByForm = lemmaByForm.ToFrozenDictionary(StringComparer.Ordinal);
        _formLookup = _lemmaByForm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The table built into the library.</summary>
    public static IrregularVerbTable Default => BuiltIn.Value;

    /// <summary>The lemmas of the table.</summary>
    public IEnumerable<string> Lemmas => _byLemma.Keys;

    /// <summary>The past tense and participle forms of an irregular <paramref name="lemma"/>.</summary>
    public bool TryGetForms(string lemma, out string[] past, out string[] participle)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        if (_byLemma.TryGetValue(lemma, out var forms))
        {
            (past, participle) = forms;
            return true;
        }

        past = participle = [];
        return false;
    }

    /// <summary>The lemma of an irregular past or participle form (lower case); when two verbs share a form, the first in the file.</summary>
    public bool TryGetLemma(ReadOnlySpan<char> form, out string lemma) => _formLookup.TryGetValue(form, out lemma!);

    /// <summary>Parses a table; <paramref name="fileName"/> names the file in error messages.</summary>
    /// <exception cref="InvalidDataFileException">A line is not "lemma past participle", or a lemma is listed twice.</exception>
    public static IrregularVerbTable Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byLemma = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
        var lemmaByForm = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3)
            {
                throw new InvalidDataFileException($"{fileName}:{lineNumber}: expected 'lemma past participle', got '{line}'.");
            }

            var past = parts[1].Split('/');
            var participle = parts[2].Split('/');
            if (!byLemma.TryAdd(parts[0], (past, participle)))
            {
                throw new InvalidDataFileException($"{fileName}:{lineNumber}: '{parts[0]}' is listed twice.");
            }

            foreach (var form in past.Concat(participle))
            {
                lemmaByForm.TryAdd(form, parts[0]);
            }
        }

        return new IrregularVerbTable(byLemma, lemmaByForm);
    }
}
