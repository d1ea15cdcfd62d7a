using System.Collections.Frozen;
using System.Text;
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

    // Stem heads (imported TABARI roots): stem -> its candidates once per verb form a word beginning with it can have.
    private readonly FrozenDictionary<string, PatternCandidate[][]>.AlternateLookup<ReadOnlySpan<char>> _stems;
    private readonly bool _hasStems;

    // The lengths of the stems (bit n: a stem of n letters; lengths of 64 and more all share bit 0), and the longest:
    // a word is looked up only under the prefix lengths some stem has, not under every one of its prefixes.
    private readonly ulong _stemLengths;
    private readonly int _longestStem;
    private readonly Dictionary<int, int>? _stemTrie;
    private readonly PatternCandidate[][]?[] _stemAt;

    // The patterns of other than normal priority (TABARI's subordinate and dominant codes), by id.
    private readonly Dictionary<string, EventPriority> _priorities = new(StringComparer.Ordinal);

    private static readonly VerbForm[] StemForms = [VerbForm.Base, VerbForm.ThirdPerson, VerbForm.Past | VerbForm.PastParticiple, VerbForm.Gerund, VerbForm.None];

    private PatternLexicon(IReadOnlyList<EventPattern> patterns, IReadOnlyDictionary<string, WordClass> classes, int entryCount,
        Dictionary<string, List<PatternCandidate>> byForm, Dictionary<string, List<EventPattern>> byStem, HashSet<(EntryKind, string)> stemHeads)
    {
        Patterns = patterns;
        Classes = classes;
        EntryCount = entryCount;
        foreach (var pattern in patterns)
        {
            if (pattern.Priority != EventPriority.Normal)
            {
                _priorities[pattern.Id] = pattern.Priority;
            }
        }

        var order = new Dictionary<EventPattern, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < patterns.Count; i++)
        {
            order[patterns[i]] = i;
        }

        var frozen = byForm.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(c => c.Pattern.Precedence).ThenBy(c => ThroughInflection(c.Pattern, p.Key, stemHeads))
                .ThenBy(c => order[c.Pattern]).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        FormCount = frozen.Count;
        _hasStems = byStem.Count > 0;
        foreach (var stem in byStem.Keys)
        {
            _stemLengths |= 1UL << (stem.Length < 64 ? stem.Length : 0);
            _longestStem = Math.Max(_longestStem, stem.Length);
        }

        var stems = byStem.ToFrozenDictionary(
            p => p.Key,
            p => StemForms.Select(form => p.Value.OrderByDescending(e => e.Precedence).ThenBy(e => order[e])
                .Select(e => new PatternCandidate(e, e.Kind == EntryKind.Verb ? form : VerbForm.None)).ToArray()).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _stems = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        (_stemTrie, _stemAt) = StemTrie(stems);
    }

    // The stems' letters as a trie, when every stem is ASCII (TABARI's are): a word is read once, letter by letter, until
    // no stem goes on, instead of being looked up under each length of its prefixes. Edges are keyed by node and letter
    // folded to lower case; for ASCII text that folding is exactly OrdinalIgnoreCase, the dictionary's comparison.
    private static (Dictionary<int, int>? Edges, PatternCandidate[][]?[] StemAt) StemTrie(FrozenDictionary<string, PatternCandidate[][]> stems)
    {
        if (stems.Count == 0 || stems.Keys.Any(stem => !Ascii.IsValid(stem)) || stems.Keys.Sum(stem => stem.Length) >= int.MaxValue >> 8)
        {
            return (null, []);
        }

        var edges = new Dictionary<int, int>();
        var stemAt = new List<PatternCandidate[][]?> { null };
        foreach (var (stem, byForm) in stems)
        {
            var node = 0;
            foreach (var letter in stem)
            {
                if (!edges.TryGetValue(StemEdge(node, letter), out var child))
                {
                    child = stemAt.Count;
                    stemAt.Add(null);
                    edges.Add(StemEdge(node, letter), child);
                }

                node = child;
            }

            stemAt[node] = byForm;
        }

        return (edges, [.. stemAt]);
    }

    private static int StemEdge(int node, char asciiLetter) => (node << 7) | (asciiLetter is >= 'A' and <= 'Z' ? asciiLetter | 0x20 : asciiLetter);

    // A head that is not the word itself reaches it only through inflection ("leave" -> "left"; a stem head, a TABARI
    // root, reaches the words it begins literally). Dictionaries list a form with a reading of its own as a head of its
    // own (TABARI's LEFT_ [032:033] beside LEAVE [012], PETRARCH's LEFT block beside LEAVE), so of equally ranked
    // patterns those of the head that names the word come first.
    private static bool ThroughInflection(EventPattern pattern, string form, HashSet<(EntryKind, string)> stemHeads) =>
        !form.Equals(pattern.Lemma, StringComparison.OrdinalIgnoreCase)
        && !(stemHeads.Contains((pattern.Kind, pattern.Lemma)) && form.StartsWith(pattern.Lemma, StringComparison.OrdinalIgnoreCase));

    /// <summary>The lexicon built into the library (data/lexicon/events-*.txt).</summary>
    public static PatternLexicon Default => BuiltIn.Value;

    /// <summary>All patterns, in the order they were read.</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>The priority of the pattern with id <paramref name="patternId"/> (<see cref="Parley.Events.EventExplanation.PatternSource"/>); normal for an unknown id.</summary>
    public EventPriority PriorityOf(string patternId) =>
        _priorities.Count > 0 && patternId is not null && _priorities.TryGetValue(patternId, out var priority) ? priority : EventPriority.Normal;

    /// <summary>The word classes by name.</summary>
    public IReadOnlyDictionary<string, WordClass> Classes { get; }

    /// <summary>How many entries (distinct heads) there are.</summary>
    public int EntryCount { get; }

    /// <summary>How many distinct word forms index the patterns.</summary>
    public int FormCount { get; }

    /// <summary>
    /// The patterns a word may be the head of, in order of <see cref="EventPattern.Precedence"/> (ties in file order);
    /// empty when none. A word with a hyphen after a short prefix that is not itself a head is looked up as one word:
    /// "re-open", "co-operate", "re-established" are spelled so as often as "reopen", "cooperate", "reestablished".
    /// </summary>
    public ReadOnlySpan<PatternCandidate> Candidates(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var candidates))
        {
            return candidates;
        }

        var hyphen = word.IndexOf('-');
        if (hyphen is < 1 or > MaxJoinedPrefix || word.Length > 48 || word[(hyphen + 1)..].Contains('-') || hyphen + 1 == word.Length)
        {
            return [];
        }

        Span<char> joined = stackalloc char[word.Length - 1];
        word[..hyphen].CopyTo(joined);
        word[(hyphen + 1)..].CopyTo(joined[hyphen..]);
        return _lookup.TryGetValue(joined, out candidates) ? candidates : [];
    }

    // The longest prefix a hyphen may join to its word for lookup ("re-", "co-", "pre-").
    private const int MaxJoinedPrefix = 3;

    /// <summary>
    /// The patterns of the longest stem head that <paramref name="word"/> begins with (imported TABARI roots such as
    /// "restor" for "restored"), in order of precedence, with the verb form read from the word's ending; empty when the
    /// lexicon has no stem heads or none fits. These come in addition to <see cref="Candidates"/>.
    /// </summary>
    public ReadOnlySpan<PatternCandidate> StemCandidates(ReadOnlySpan<char> word)
    {
        if (!_hasStems)
        {
            return [];
        }

        if (_stemTrie is { } edges && Ascii.IsValid(word))
        {
            // The longest stem the word begins with: the last node on the word's path where a stem ends.
            PatternCandidate[][]? found = null;
            var foundLength = 0;
            var node = 0;
            for (var k = 0; k < word.Length && edges.TryGetValue(StemEdge(node, word[k]), out node); k++)
            {
                if (_stemAt[node] is { } here)
                {
                    (found, foundLength) = (here, k + 1);
                }
            }

            return found is null ? [] : found[FormIndex(word, foundLength)];
        }

        for (var length = Math.Min(word.Length, _longestStem); length > 0; length--)
        {
            if ((_stemLengths & (1UL << (length < 64 ? length : 0))) != 0 && _stems.TryGetValue(word[..length], out var byForm))
            {
                return byForm[FormIndex(word, length)];
            }
        }

        return [];
    }

    // What a word that begins with a stem is, read from its ending: "restored" past or participle, "restoring" a gerund.
    private static int FormIndex(ReadOnlySpan<char> word, int stemLength)
    {
        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && word.Length - 3 >= stemLength - 1)
        {
            return 3;
        }

        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        return word.Length > stemLength && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    // An extra form given for a verb is usually an irregular past ("broke", "broken"); imported dictionaries also list
    // regular endings (TABARI's "-s", "-es", "-ing"), which are read as what they are.
    private static VerbForm ExtraFormKind(string lemma, string form) =>
        form.EndsWith("ing", StringComparison.Ordinal) && form.Length > lemma.Length ? VerbForm.Gerund
        : form.Length > lemma.Length && form.StartsWith(lemma, StringComparison.Ordinal) && form[lemma.Length..] is "s" or "es" ? VerbForm.ThirdPerson
        : VerbForm.Past | VerbForm.PastParticiple;

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
        var byStem = new Dictionary<string, List<EventPattern>>(StringComparer.OrdinalIgnoreCase);
        var forms = new Dictionary<(EntryKind, string), (string Form, VerbForm Kind)[]>();
        var stems = source.StemHeads.ToHashSet();

        // Nouns that name what they act on after "of" ("expulsion of TARGET"): EventPattern.OfNamesTarget.
        var ofTargetNouns = source.Patterns
            .Where(p => p.Kind == EntryKind.Noun && p.Before.Count == 0 && p.After.Count == 2 && p.After[0].Kind == PatternElementKind.Word
                && p.After[0].Word == "of" && p.After[1].Kind == PatternElementKind.Target)
            .Select(p => p.Lemma)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var patterns = new List<EventPattern>(source.Patterns.Count);
        foreach (var read in source.Patterns)
        {
            var pattern = read.Kind == EntryKind.Noun && ofTargetNouns.Contains(read.Lemma) ? read with { OfNamesTarget = true } : read;
            patterns.Add(pattern);
            var key = (pattern.Kind, pattern.Lemma);
            if (stems.Contains(key))
            {
                AddToStem(byStem, pattern.Lemma, pattern);
            }

            if (source.StemForms.TryGetValue(key, out var stemForms))
            {
                foreach (var stem in stemForms)
                {
                    AddToStem(byStem, stem, pattern);
                }
            }

            if (!forms.TryGetValue(key, out var headForms))
            {
                var extra = source.ExtraForms.TryGetValue(key, out var given) ? given : [];
                headForms = forms[key] = pattern.Kind == EntryKind.Verb
                    ? [.. inflector.Inflect(pattern.Lemma), .. extra.Select(f => (f, ExtraFormKind(pattern.Lemma, f)))]
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

        return new PatternLexicon(patterns, source.Classes, source.EntryCount, byForm, byStem, stems);
    }

    private static void AddToStem(Dictionary<string, List<EventPattern>> byStem, string stem, EventPattern pattern)
    {
        if (!byStem.TryGetValue(stem, out var list))
        {
            byStem[stem] = list = [];
        }

        list.Add(pattern);
    }
}
