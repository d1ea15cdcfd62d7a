using Parley.Lexicon.Actors;
using Parley.Lexicon.Internal;
using Parley.Text;

namespace Parley.Lexicon;

/// <summary>
/// Actor phrases — countries, adjectives, metonyms, organisations, people and agents — compiled into a word
/// trie that matches the longest phrase at a token, ignoring case and diacritics and tolerating the case
/// endings machine translation leaves on names. Phrases are stored without a leading "the": the coder skips
/// articles before matching. People resolve to the office they held on the event's date (<see cref="Resolve"/>).
/// </summary>
public sealed class ActorDictionary
{
    private static readonly Lazy<ActorDictionary> BuiltIn = new(() => FromKnowledgeBase(ActorKnowledgeBase.Default));

    private readonly PhraseTrie<ActorCandidates> _trie = new();
    private readonly List<(string Word, bool Stem)> _compoundNouns = [];
    private readonly List<(string Word, bool Stem)> _compoundAdjectives = [];
    private readonly Dictionary<string, OrganisationInfo> _organisations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateOnly Founded, string Formerly)> _origins = new(StringComparer.Ordinal);

    /// <summary>The dictionary built into the library (data/actors).</summary>
    public static ActorDictionary Default => BuiltIn.Value;

    /// <summary>Number of distinct phrases.</summary>
    public int PhraseCount => _trie.PhraseCount;

    /// <summary>Number of countries.</summary>
    public int CountryCount => _countries.Count;

    /// <summary>Provenance of the data the dictionary was built from.</summary>
    public string VersionId { get; private set; } = string.Empty;

    /// <summary>Builds the dictionary of a knowledge base.</summary>
    public static ActorDictionary FromKnowledgeBase(ActorKnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var dictionary = new ActorDictionary { VersionId = knowledge.VersionId };
        dictionary.AddKnowledge(knowledge);
        return dictionary;
    }

    /// <summary>Records imported files in <see cref="VersionId"/>, so that events coded with them are told apart.</summary>
    public void NoteImports(IEnumerable<string> fileProvenance)
    {
        ArgumentNullException.ThrowIfNull(fileProvenance);
        VersionId += "; imported: " + string.Join(", ", fileProvenance);
    }

    /// <summary>Adds everything of a knowledge base; existing phrases gain candidates.</summary>
    public void AddKnowledge(ActorKnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        foreach (var country in knowledge.Countries)
        {
            _countries.Add(country.Code);
            _countryNames.TryAdd(country.Code, country.Name);
            if (country is { Founded: { } founded, Formerly: { } formerly })
            {
                _origins[country.Code] = (founded, formerly);
            }

            var entry = new ActorEntry(ActorKind.Country, country.Code, null, null, country.Name, country.Source);
            Add(country.Name, entry);
            foreach (var alias in country.Aliases)
            {
                Add(alias, entry);
            }

            var adjective = entry with { Kind = ActorKind.CountryAdjective };
            foreach (var word in country.Adjectives)
            {
                Add(word, adjective);
            }

            var metonym = entry with { Kind = ActorKind.Metonym, Role = "GOV" };
            foreach (var word in country.Metonyms)
            {
                Add(word, metonym);
            }
        }

        foreach (var org in knowledge.Organisations)
        {
            _organisations[org.Id] = org;
            var entry = org.Type == "NSA"
                ? new ActorEntry(ActorKind.Organisation, org.Country, org.Id, org.Role, org.Name, org.Source)
                : new ActorEntry(ActorKind.Organisation, null, org.Id, null, org.Name, org.Source);
            Add(org.Name, entry);
            foreach (var alias in org.Aliases)
            {
                Add(alias, entry);
            }
        }

        foreach (var person in knowledge.People)
        {
            var entry = new ActorEntry(ActorKind.Person, person.Country, null, null, person.Name, person.Source) { Person = person };
            Add(person.Name, entry, inflectable: true);
            foreach (var alias in person.Aliases)
            {
                Add(alias, entry, inflectable: true);
            }
        }

        foreach (var agent in knowledge.Agents)
        {
            foreach (var word in agent.Words)
            {
                Add(word, new ActorEntry(ActorKind.Agent, null, null, agent.Role, word, agent.Source));
            }
        }
    }

    /// <summary>Adds a phrase. An existing phrase gains the entry as a further candidate, or loses its others when <paramref name="replace"/> is set (imported dictionaries win).</summary>
    public void Add(string phrase, ActorEntry entry, bool replace = false, bool inflectable = false)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(entry);
        var words = PhraseWords.Split(phrase, dropLeadingArticle: true);
        if (words.Length == 0)
        {
            return;
        }

        var candidates = _trie.GetOrAdd(words, inflectable, () => new ActorCandidates());
        if (replace)
        {
            candidates.Replace(entry);
        }
        else
        {
            candidates.Add(entry);
        }
    }

    /// <summary>
    /// Adds a phrase of an imported dictionary: it replaces built-in entries of the same phrase and joins other
    /// imported ones. A stem phrase also stands for its own last word exactly ("BOUTROS-GHALI" matches "Boutros-Ghali").
    /// Where <paramref name="gapBefore"/> is set for a word, a few words of the text may stand before it: TABARI reads
    /// words written apart in a phrase ("PRINCE DOL_AMROTH") as it reads a pattern's, "the Prince of Dol Amroth".
    /// </summary>
    public void AddImported(IReadOnlyList<string> words, bool lastIsStem, ActorEntry entry, IReadOnlyList<bool>? gapBefore = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(entry);
        if (words.Count == 0)
        {
            return;
        }

        entry = entry.IsImported ? entry : entry with { IsImported = true };
        AddImportedNode(_trie.GetOrAdd(words, inflectable: false, () => new ActorCandidates(), gapBefore: gapBefore), entry);
        if (lastIsStem)
        {
            AddImportedNode(_trie.GetOrAdd(words, inflectable: false, () => new ActorCandidates(), lastIsStem: true, gapBefore: gapBefore), entry);
        }
    }

    private static void AddImportedNode(ActorCandidates candidates, ActorEntry entry)
    {
        if (candidates.Entries.Any(e => !e.IsImported))
        {
            candidates.Replace(entry);
        }
        else
        {
            candidates.Add(entry);
        }
    }

    /// <summary>
    /// Adds a word of TABARI's <c>&lt;NOUN&gt;</c> (<paramref name="noun"/>) or <c>&lt;ADJECTIVE&gt;</c> list (manual 7.5.1): two
    /// such nouns or adjectives joined by a conjunction ("sheep and goats", "bad and lazy") form a compound phrase whose
    /// conjunction does not divide the sentence into clauses. A <paramref name="stem"/> matches every word it begins.
    /// </summary>
    public void AddCompoundPhraseWord(string word, bool noun, bool stem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(word);
        (noun ? _compoundNouns : _compoundAdjectives).Add((word.ToLowerInvariant(), stem));
    }

    /// <summary>Whether <paramref name="word"/> is a word of the imported <c>&lt;NOUN&gt;</c> list (<see cref="AddCompoundPhraseWord"/>).</summary>
    public bool IsCompoundNoun(ReadOnlySpan<char> word) => InList(_compoundNouns, word);

    /// <summary>Whether <paramref name="word"/> is a word of the imported <c>&lt;ADJECTIVE&gt;</c> list (<see cref="AddCompoundPhraseWord"/>).</summary>
    public bool IsCompoundAdjective(ReadOnlySpan<char> word) => InList(_compoundAdjectives, word);

    private static bool InList(List<(string Word, bool Stem)> list, ReadOnlySpan<char> word)
    {
        foreach (var (entry, stem) in list)
        {
            if (stem ? word.StartsWith(entry, StringComparison.OrdinalIgnoreCase) : word.Equals(entry, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest actor phrase at token <paramref name="start"/>: its token count (0 for none) and candidates.</summary>
    public int Match(AnalyzedText text, int start, int end, out ActorCandidates? candidates) => _trie.MatchLongest(text, start, end, out candidates);

    /// <summary>The candidates of a one-word actor phrase given as text, such as the "Saudi" of "Saudi-led" (null for none).</summary>
    public ActorCandidates? MatchWord(ReadOnlySpan<char> word) => _trie.MatchWord(word, word.Length > 0 && char.IsUpper(word[0]));

    /// <summary>
    /// The country <paramref name="country"/>'s territory belonged to on <paramref name="date"/>: itself, or for a
    /// country founded from another ("formerly:" in countries.txt), that one before its founding ("SSD" → "SDN" before 2011-07-09).
    /// </summary>
    public string CountryOn(string country, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(country);
        return date is { } day && _origins.TryGetValue(country, out var origin) && day < origin.Founded ? origin.Formerly : country;
    }

    /// <summary>The name of a country by its ISO3 code ("RUS" → "Russia"), when known.</summary>
    public string? CountryName(string code) => _countryNames.GetValueOrDefault(code);

    /// <summary>An organisation by id, when known.</summary>
    public OrganisationInfo? Organisation(string id) => _organisations.GetValueOrDefault(id);

    /// <summary>Who an entry stands for on <paramref name="date"/>: for people, the office they held then (the latest office when the date is unknown).</summary>
    public ResolvedActor Resolve(ActorEntry entry, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Kind == ActorKind.Imported)
        {
            return ResolveImported(entry, date);
        }

        if (entry.Person is not { } person)
        {
            if (_origins.Count > 0 && entry.Kind is ActorKind.Country or ActorKind.CountryAdjective or ActorKind.Metonym
                && entry.Country is { } code && CountryOn(code, date) is var then && then != code)
            {
                // "Juba" in 2005 is a town of Sudan, not the seat of a government that did not exist yet.
                return new ResolvedActor(entry, then, null, entry.Kind == ActorKind.Metonym ? null : entry.Role, entry.Name, null);
            }

            return new ResolvedActor(entry, entry.Country, entry.Org, entry.Role, entry.Name, null);
        }

        var office = PersonRoles.OfficeOn(person, date);
        if (office is null)
        {
            // Outside every office: an elite of their country (the convention of the CAMEO dictionaries).
            return new ResolvedActor(entry, person.Country, null, person.Country is null ? null : "ELI", person.Name, null);
        }

        if (_countries.Contains(office.Actor))
        {
            return new ResolvedActor(entry, office.Actor, null, office.Role, person.Name, office);
        }

        // An armed group's leader acts for the group in its country ("PSEREB", org HAMAS); an IGO or NGO official for the organisation.
        var org = Organisation(office.Actor);
        var country = org is { Type: "NSA" } ? org.Country : null;
        return new ResolvedActor(entry, country, office.Actor, office.Role, person.Name, office);
    }

    // The first restriction that holds on the date; else the default code. With no date, the default, else the last restriction.
    private ResolvedActor ResolveImported(ActorEntry entry, DateOnly? date)
    {
        // Loops, not LINQ: this runs for every candidate of every actor phrase of a sentence (no closure, no enumerator).
        string? code = null;
        var codes = entry.Codes;
        if (date is { } d)
        {
            for (var i = 0; i < codes.Count; i++)
            {
                if (codes[i].When is not { } when || when.Contains(d))
                {
                    code = codes[i].Code;
                    break;
                }
            }
        }

        code ??= entry.DefaultCode ?? (date is null && codes.Count > 0 ? codes[^1].Code : null);
        if (code is null or "---")
        {
            return new ResolvedActor(entry, null, null, null, entry.Name, null) { ExplicitCode = "---" };
        }

        // A CAMEO-style code starts with a country; the rest is the role.
        var country = code.Length >= 3 && _countries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(code.AsSpan(0, 3)) ? code[..3] : null;
        return new ResolvedActor(entry, country ?? code, null, country is null ? null : (code.Length > 3 ? code[3..] : null), entry.Name, null) { ExplicitCode = code };
    }

    /// <summary>
    /// The best candidate on a date: a person in office then, else a country, organisation or agent entry, else
    /// a person out of office; ties keep dictionary order.
    /// </summary>
    public ResolvedActor ResolveBest(ActorCandidates candidates, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ResolvedActor? best = null;
        var bestRank = -1;
        var entries = candidates.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var resolved = Resolve(entry, date);
            var rank = entry.Person is null ? 2 : resolved.Office is null ? 1 : 3 + PersonRoles.Seniority(resolved.Office);
            if (rank > bestRank)
            {
                best = resolved;
                bestRank = rank;
            }
        }

        return best ?? throw new ArgumentException("A phrase has no candidates.", nameof(candidates));
    }
}
