using System.Collections.Frozen;
using Parley.Data;
using Parley.Lexicon.Internal;
using Parley.Ontology;
using Parley.Text;

namespace Parley.Lexicon;

/// <summary>
/// Verb patterns indexed by every inflected form of their verb: a word of the text is looked up once and
/// yields the patterns it may start, longest first, in time independent of the lexicon's size.
/// </summary>
public sealed class PatternLexicon
{
    private static readonly Lazy<PatternLexicon> BuiltIn = new(() =>
        Parse(EmbeddedText.Read("seed-patterns.txt"), "data/lexicon/seed-patterns.txt", Codebook.Default, Inflector.Default));

    private readonly FrozenDictionary<string, PatternCandidate[]> _byForm;
    private readonly FrozenDictionary<string, PatternCandidate[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PatternLexicon(IReadOnlyList<VerbPattern> patterns, Dictionary<string, List<PatternCandidate>> byForm)
    {
        Patterns = patterns;
        _byForm = byForm.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(c => c.Pattern.Following.Count).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byForm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon built into the library.</summary>
    public static PatternLexicon Default => BuiltIn.Value;

    /// <summary>All patterns.</summary>
    public IReadOnlyList<VerbPattern> Patterns { get; }

    /// <summary>The patterns a word may start, longest first; empty when none.</summary>
    public ReadOnlySpan<PatternCandidate> Candidates(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var candidates) ? candidates : [];

    /// <summary>Parses a pattern file: lines "CODE verb [following words]".</summary>
    /// <exception cref="InvalidDataFileException">A line is malformed or names a code the codebook lacks.</exception>
    public static PatternLexicon Parse(string text, string fileName, Codebook codebook, Inflector inflector)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(inflector);
        var patterns = new List<VerbPattern>();
        var byForm = new Dictionary<string, List<PatternCandidate>>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                throw new InvalidDataFileException($"{fileName}:{lineNumber}: expected 'CODE verb [words]', got '{line}'.");
            }

            var code = line[..space];
            if (!codebook.TryGet(code, out var info))
            {
                throw new InvalidDataFileException($"Verb pattern at {fileName}:{lineNumber} references unknown code '{code}'.");
            }

            var words = PhraseWords.Split(line[(space + 1)..], dropLeadingArticle: false);
            var pattern = new VerbPattern($"{fileName}:{lineNumber}", info, words[0].ToLowerInvariant(), words[1..]);
            patterns.Add(pattern);
            foreach (var (form, kind) in inflector.Inflect(pattern.Lemma))
            {
                if (!byForm.TryGetValue(form, out var list))
                {
                    byForm[form] = list = [];
                }

                list.Add(new PatternCandidate(pattern, kind));
            }
        }

        return new PatternLexicon(patterns, byForm);
    }
}
