using System.Collections.Frozen;
using Parley.Data;
using Parley.Lexicon.Internal;
using Parley.Ontology;

namespace Parley.Lexicon;

/// <summary>
/// The compiled event lexicon: every pattern indexed by every form of its head word. A word of the text is looked up
/// once (a frozen hash table) and yields only the patterns of that head, most specific first, so matching time does
/// not depend on the size of the lexicon.
/// </summary>
public sealed class PatternLexicon
{
    /// <summary>Prefix of the embedded built-in lexicon files (data/lexicon/events-*.txt).</summary>
    public const string BuiltInFilePrefix = "events-";

    private static readonly Lazy<PatternLexicon> BuiltIn = new(() =>
    {
        var source = ReadBuiltIn(Codebook.Default);
        source.ThrowIfErrors();
        return Compile(source, Inflector.Default);
    });

    private readonly FrozenDictionary<string, PatternCandidate[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PatternLexicon(IReadOnlyList<EventPattern> patterns, IReadOnlyDictionary<string, WordClass> classes, int entryCount,
        Dictionary<string, List<PatternCandidate>> byForm)
    {
        Patterns = patterns;
        Classes = classes;
        EntryCount = entryCount;
        var order = new Dictionary<EventPattern, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < patterns.Count; i++)
        {
            order[patterns[i]] = i;
        }

        var frozen = byForm.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(c => c.Pattern.Specificity).ThenBy(c => order[c.Pattern]).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        FormCount = frozen.Count;
    }

    /// <summary>The lexicon built into the library (data/lexicon/events-*.txt).</summary>
    public static PatternLexicon Default => BuiltIn.Value;

    /// <summary>All patterns, in the order they were read.</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>The word classes by name.</summary>
    public IReadOnlyDictionary<string, WordClass> Classes { get; }

    /// <summary>How many entries (distinct heads) there are.</summary>
    public int EntryCount { get; }

    /// <summary>How many distinct word forms index the patterns.</summary>
    public int FormCount { get; }

    /// <summary>The patterns a word may be the head of, most specific first (ties in file order); empty when none.</summary>
    public ReadOnlySpan<PatternCandidate> Candidates(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var candidates) ? candidates : [];

    /// <summary>Reads the built-in lexicon files, without compiling, with every problem found.</summary>
    public static LexiconSource ReadBuiltIn(Codebook codebook)
    {
        var source = new LexiconSource();
        foreach (var name in BuiltInFileNames())
        {
            PatternFile.Read(source, EmbeddedText.Read(name), "data/lexicon/" + name, codebook);
        }

        return source;
    }

    /// <summary>The names of the built-in lexicon files, in reading order (word classes come first).</summary>
    public static IReadOnlyList<string> BuiltInFileNames() =>
        [.. typeof(PatternLexicon).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Parley.DataText." + BuiltInFilePrefix, StringComparison.Ordinal))
            .Select(n => n["Parley.DataText.".Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>Compiles read patterns into the matching structure. Errors in <paramref name="source"/> are not checked here.</summary>
    public static PatternLexicon Compile(LexiconSource source, Inflector inflector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(inflector);
        var byForm = new Dictionary<string, List<PatternCandidate>>(StringComparer.OrdinalIgnoreCase);
        var forms = new Dictionary<(EntryKind, string), (string Form, VerbForm Kind)[]>();
        foreach (var pattern in source.Patterns)
        {
            var key = (pattern.Kind, pattern.Lemma);
            if (!forms.TryGetValue(key, out var headForms))
            {
                var extra = source.ExtraForms.TryGetValue(key, out var given) ? given : [];
                headForms = forms[key] = pattern.Kind == EntryKind.Verb
                    ? [.. inflector.Inflect(pattern.Lemma), .. extra.Select(f => (f, VerbForm.Past | VerbForm.PastParticiple))]
                    : [.. PatternFile.HeadForms(pattern.Kind, pattern.Lemma, extra).Distinct().Select(f => (f, VerbForm.None))];
            }

            foreach (var (form, kind) in headForms)
            {
                if (!byForm.TryGetValue(form, out var list))
                {
                    byForm[form] = list = [];
                }

                list.Add(new PatternCandidate(pattern, kind));
            }
        }

        return new PatternLexicon(source.Patterns, source.Classes, source.EntryCount, byForm);
    }
}
