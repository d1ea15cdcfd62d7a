using System.Collections.Frozen;

namespace Parley.Lexicon;

/// <summary>
/// A word class: a named set of words and phrases that may stand at one place in a pattern
/// ("$SANCTION = sanctions | embargo | restrictions"). Members are looked up by their first word.
/// A member word that ends in <c>~</c> is a stem (TABARI's synset members not ended by <c>_</c>): it matches every
/// word it begins ("franc~" matches "francs").
/// </summary>
public sealed class WordClass
{
    private readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly string[][] _stemLed;

    /// <summary>Creates a class from its members (each a sequence of words).</summary>
    public WordClass(string name, IEnumerable<IReadOnlyList<string>> members, string id)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(members);
        Name = name;
        Id = id;
        var list = members.Select(m => m.Select(w => w.ToLowerInvariant()).ToArray()).Where(m => m.Length > 0).ToArray();
        Members = list;
        _stemLed = [.. list.Where(m => IsStem(m[0])).OrderByDescending(m => m.Length)];
        var byFirst = list.Where(m => !IsStem(m[0])).GroupBy(m => m[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(m => m.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _byFirstWord = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The name, with its '$' ("$SANCTION").</summary>
    public string Name { get; }

    /// <summary>Where the class is defined: file and line.</summary>
    public string Id { get; }

    /// <summary>The members, each a sequence of lower-case words.</summary>
    public IReadOnlyList<string[]> Members { get; }

    /// <summary>The members that start with <paramref name="word"/>, longest first; empty when none.</summary>
    public ReadOnlySpan<string[]> StartingWith(ReadOnlySpan<char> word) =>
        _byFirstWord.TryGetValue(word, out var members) ? members : [];

    /// <summary>The members whose first word is a stem, longest first; looked up apart from <see cref="StartingWith"/>.</summary>
    public ReadOnlySpan<string[]> StemLed => _stemLed;

    /// <summary>
    /// The member word that stands for a gap: a few words of the text may stand there (TABARI's synset members whose
    /// words are written apart, "+&amp;TIETYPES ASSURANCES"; its manual, 5.6: synsets follow the connector rules of patterns).
    /// </summary>
    public const string Gap = "...";

    /// <summary>Whether the member has a <see cref="Gap"/>.</summary>
    public static bool HasGap(string[] member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Array.IndexOf(member, Gap) >= 0;
    }

    /// <summary>Whether <paramref name="word"/> is a stem: it ends in <c>~</c>.</summary>
    public static bool IsStem(string word) => word is [.., '~'];

    /// <summary>Whether <paramref name="token"/> matches the member word: the word itself, or any word a stem begins.</summary>
    public static bool WordMatches(ReadOnlySpan<char> token, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsStem(word)
            ? token.StartsWith(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase)
            : token.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the class has the one-word or multi-word member.</summary>
    public bool Contains(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var member in StartingWith(words.Count > 0 ? words[0] : string.Empty))
        {
            if (member.Length == words.Count && member.Zip(words).All(p => p.First.Equals(p.Second, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
