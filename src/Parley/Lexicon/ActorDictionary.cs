using Parley.Data;
using Parley.Lexicon.Internal;
using Parley.Text;

namespace Parley.Lexicon;

/// <summary>
/// Actor phrases (countries, adjectives, metonyms, agents) compiled into a word trie; matches the longest
/// phrase at a token. Phrases are stored without a leading "the": the coder skips articles before matching.
/// </summary>
public sealed class ActorDictionary
{
    private static readonly Lazy<ActorDictionary> BuiltIn = new(LoadBuiltIn);

    private readonly PhraseTrie<ActorEntry> _trie = new();

    /// <summary>The dictionary built into the library (data/actors).</summary>
    public static ActorDictionary Default => BuiltIn.Value;

    /// <summary>Number of phrases.</summary>
    public int PhraseCount => _trie.PhraseCount;

    /// <summary>Number of countries with at least one name.</summary>
    public int CountryCount { get; private set; }

    /// <summary>Adds a phrase. A phrase already present keeps its first entry unless <paramref name="replace"/> is set.</summary>
    public void Add(string phrase, ActorEntry entry, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(entry);
        var words = PhraseWords.Split(phrase, dropLeadingArticle: true);
        if (words.Length == 0)
        {
            return;
        }

        if (replace)
        {
            _trie.Set(words, entry);
        }
        else
        {
            _trie.Add(words, entry);
        }
    }

    /// <summary>The longest actor phrase at token <paramref name="start"/>: its token count (0 for none) and entry.</summary>
    public int Match(AnalyzedText text, int start, int end, out ActorEntry? entry) => _trie.MatchLongest(text, start, end, out entry);

    /// <summary>Adds the blocks of a countries file (see data/actors/FORMAT.md).</summary>
    public void AddCountries(string text, string fileName)
    {
        foreach (var block in BlockFile.Parse(text, fileName))
        {
            if (block.Kind != "country")
            {
                throw new InvalidDataFileException($"{block.Location}: expected a 'country:' block, got '{block.Kind}:'.");
            }

            var code = block.Value;
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            {
                throw new InvalidDataFileException($"{block.Location}: '{code}' is not a three-letter country code.");
            }

            var name = block.Single("name") ?? throw new InvalidDataFileException($"{block.Location}: country {code} has no 'name:'.");
            var country = new ActorEntry(ActorKind.Country, code, null, null, name, block.Location);
            var adjective = country with { Kind = ActorKind.CountryAdjective };
            var metonym = country with { Kind = ActorKind.Metonym, Role = "GOV" };
            Add(name, country);
            foreach (var alias in block.All("alias"))
            {
                Add(alias, country);
            }

            foreach (var word in block.All("adjective").Concat(block.All("demonym")))
            {
                Add(word, adjective);
            }

            foreach (var word in block.All("metonym"))
            {
                Add(word, metonym);
            }

            CountryCount++;
        }
    }

    /// <summary>Adds the blocks of an agents file: <c>agent: ROLE</c> with <c>word:</c> lines.</summary>
    public void AddAgents(string text, string fileName)
    {
        foreach (var block in BlockFile.Parse(text, fileName))
        {
            if (block.Kind != "agent")
            {
                throw new InvalidDataFileException($"{block.Location}: expected an 'agent:' block, got '{block.Kind}:'.");
            }

            foreach (var word in block.All("word"))
            {
                Add(word, new ActorEntry(ActorKind.Agent, null, null, block.Value, word, block.Location));
            }
        }
    }

    private static ActorDictionary LoadBuiltIn()
    {
        var dictionary = new ActorDictionary();
        if (EmbeddedText.Exists("countries.txt"))
        {
            dictionary.AddCountries(EmbeddedText.Read("countries.txt"), "data/actors/countries.txt");
        }

        dictionary.AddAgents(EmbeddedText.Read("agents.txt"), "data/actors/agents.txt");
        return dictionary;
    }
}
