using Parley.Text;

namespace Parley.Lexicon.Internal;

/// <summary>
/// A trie over words, ignoring case and diacritics: matching walks the tokens of a sentence once from a start
/// token and returns the longest phrase found, in time independent of the number of phrases. Words added as
/// inflectable (names) also match with the case endings machine translation from Russian leaves on them
/// ("Zasa", "Zasom" for "Zas").
/// </summary>
internal sealed class PhraseTrie<T>
    where T : class
{
    // Slavic case endings that survive machine translation, longest first.
    private static readonly string[] CaseEndings = ["ovi", "ogo", "omu", "om", "em", "ym", "im", "oy", "oj", "a", "u", "e", "y"];

    private readonly Node _root = new();

    public int PhraseCount { get; private set; }

    /// <summary>
    /// The value of a phrase, creating it with <paramref name="create"/> when absent. With <paramref name="lastIsStem"/>,
    /// the last word matches any word that starts with it (TABARI's stems: "ARGENTIN" matches "Argentina").
    /// </summary>
    public T GetOrAdd(IReadOnlyList<string> words, bool inflectable, Func<T> create, bool lastIsStem = false)
    {
        var node = _root;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            Node? child;
            if (lastIsStem && w == words.Count - 1)
            {
                node.Stems ??= [];
                var bucket = node.Stems.GetValueOrDefault(FoldingComparer.Fold(word[0]));
                child = bucket?.FirstOrDefault(s => FoldingComparer.Instance.Equals(s.Stem, word)).Node;
                if (child is null)
                {
                    child = new Node();
                    if (bucket is null)
                    {
                        bucket = [];
                        node.Stems.Add(FoldingComparer.Fold(word[0]), bucket);
                    }

                    bucket.Add((word, child));
                    bucket.Sort((a, b) => b.Stem.Length.CompareTo(a.Stem.Length)); // longest stem first
                }
            }
            else
            {
                node.Children ??= new Dictionary<string, Node>(FoldingComparer.Instance);
                if (!node.Children.TryGetValue(word, out child))
                {
                    child = new Node();
                    node.Children.Add(word, child);
                }
            }

            child.Inflectable |= inflectable;
            node = child;
        }

        if (node.Value is null)
        {
            node.Value = create();
            PhraseCount++;
        }

        return node.Value;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="end"/>: its token count (0 for none) and value.</summary>
    public int MatchLongest(AnalyzedText text, int start, int end, out T? value)
    {
        value = null;
        var length = 0;
        var node = _root;
        for (var i = start; i < end; i++)
        {
            var child = Child(node, text.TokenText(i), text.Tokens[i].Has(TokenFlags.Capitalized));
            if (child is null)
            {
                break;
            }

            node = child;
            if (node.Value is not null)
            {
                value = node.Value;
                length = i - start + 1;
            }
        }

        return length;
    }

    private static Node? StemChild(Dictionary<char, List<(string Stem, Node Node)>> stems, ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !stems.TryGetValue(FoldingComparer.Fold(word[0]), out var bucket))
        {
            return null;
        }

        foreach (var (stem, node) in bucket)
        {
            if (word.Length >= stem.Length && FoldingComparer.Instance.Equals(word[..stem.Length], stem))
            {
                return node;
            }
        }

        return null;
    }

    private static Node? Child(Node node, ReadOnlySpan<char> word, bool capitalized)
    {
        Node? child = null;
        if (node.Children is not null)
        {
            var exact = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            if (exact.TryGetValue(word, out child))
            {
                return child;
            }
        }

        if (node.Stems is { } stems && StemChild(stems, word) is { } stemmed)
        {
            return stemmed;
        }

        if (node.Children is null || !capitalized || word.Length < 4)
        {
            return null;
        }

        var lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var ending in CaseEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal)
                && lookup.TryGetValue(word[..^ending.Length], out child) && child.Inflectable)
            {
                return child;
            }
        }

        return null;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public T? Value { get; set; }

        public bool Inflectable { get; set; }

        // Stems (imported TABARI dictionaries) by their folded first letter, longest first; kept apart so that exact
        // words stay one hash lookup, and bucketed so that a word is compared only with stems of its first letter.
        public Dictionary<char, List<(string Stem, Node Node)>>? Stems { get; set; }
    }
}
