using Parley.Text;

namespace Parley.Lexicon.Internal;

/// <summary>
/// A trie over words, case-insensitive: matching walks the tokens of a sentence once from a start token and
/// returns the longest phrase found, in time independent of the number of phrases.
/// </summary>
internal sealed class PhraseTrie<T>
    where T : class
{
    private readonly Node _root = new();

    public int PhraseCount { get; private set; }

    /// <summary>Adds a phrase (already tokenized); returns false when the phrase has a value already (the first one stays).</summary>
    public bool Add(IReadOnlyList<string> words, T value)
    {
        var node = _root;
        foreach (var word in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(word, out var child))
            {
                child = new Node();
                node.Children.Add(word, child);
            }

            node = child;
        }

        if (node.Value is not null)
        {
            return false;
        }

        node.Value = value;
        PhraseCount++;
        return true;
    }

    /// <summary>Replaces or adds the value of a phrase.</summary>
    public void Set(IReadOnlyList<string> words, T value)
    {
        if (!Add(words, value))
        {
            var node = _root;
            foreach (var word in words)
            {
                node = node.Children![word];
            }

            node.Value = value;
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="end"/>: its token count (0 for none) and value.</summary>
    public int MatchLongest(AnalyzedText text, int start, int end, out T? value)
    {
        value = null;
        var length = 0;
        var node = _root;
        for (var i = start; i < end; i++)
        {
            if (node.Children is null || !node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.TokenText(i), out var child))
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

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public T? Value { get; set; }
    }
}
