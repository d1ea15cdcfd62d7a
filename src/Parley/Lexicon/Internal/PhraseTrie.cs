using System.Numerics;
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

    // Nodes with at least this many children keep a filter of their children's hashes (the root has thousands).
    private const int FilterMinChildren = 64;

    // Filter bits per child, at least (the size is a power of two): about one in ten words not among the children
    // passes it and is looked up in vain.
    private const int FilterBitsPerChild = 8;

    private readonly Node _root = new();

    public int PhraseCount { get; private set; }

    // The most words that may stand between two words of a phrase written apart in a TABARI dictionary ("PRINCE
    // DOL_AMROTH": "the Prince of Dol Amroth").
    internal const int MaxGapWords = 3;

    /// <summary>
    /// The value of a phrase, creating it with <paramref name="create"/> when absent. With <paramref name="lastIsStem"/>,
    /// the last word matches any word that starts with it (TABARI's stems: "ARGENTIN" matches "Argentina"). Where
    /// <paramref name="gapBefore"/> is set for a word, up to <see cref="MaxGapWords"/> words may stand before it.
    /// </summary>
    public T GetOrAdd(IReadOnlyList<string> words, bool inflectable, Func<T> create, bool lastIsStem = false, IReadOnlyList<bool>? gapBefore = null)
    {
        var node = _root;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            Node? child;
            if (w > 0 && gapBefore is not null && gapBefore[w] && !(lastIsStem && w == words.Count - 1))
            {
                node.GapChildren ??= new Dictionary<string, Node>(FoldingComparer.Instance);
                if (!node.GapChildren.TryGetValue(word, out child))
                {
                    child = new Node();
                    node.GapChildren.Add(word, child);
                }
            }
            else if (lastIsStem && w == words.Count - 1)
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
                    node.NoteChild(word);
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
            // "Dol_Amroth": text prepared for TABARI joins the words of a name with '_', as its dictionaries do.
            if (node != _root && i + 1 < end && text.TokenText(i) is "_")
            {
                continue;
            }

            var child = Child(node, text.TokenText(i), text.Tokens[i].Has(TokenFlags.Capitalized));
            if (child is null && node.GapChildren is { } gapped)
            {
                child = GapChild(gapped, text, ref i, end);
            }

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

    // The word of a phrase written apart from the one before ("PRINCE DOL_AMROTH") at token i or after up to
    // MaxGapWords words of the clause (no punctuation or conjunction between): "the Prince of Dol Amroth". Quotation
    // marks neither stop nor count: a nickname quoted inside a name ("Al "the Duke" Amroth") is words between its parts.
    private static Node? GapChild(Dictionary<string, Node> gapped, AnalyzedText text, ref int i, int end)
    {
        var lookup = gapped.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int j = i, words = 0; j < end && words <= MaxGapWords; j++)
        {
            if (lookup.TryGetValue(text.TokenText(j), out var child))
            {
                i = j;
                return child;
            }

            var word = text.TokenText(j);
            if (word is "\"" or "\u201C" or "\u201D")
            {
                continue;
            }

            words++;
            if (text.Tokens[j].Kind != TokenKind.Word || word.Equals("and", StringComparison.OrdinalIgnoreCase)
                || word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The value of the one-word phrase <paramref name="word"/> (a part of a token, as "Saudi" of "Saudi-led"), if any.</summary>
    public T? MatchWord(ReadOnlySpan<char> word, bool capitalized) => Child(_root, word, capitalized)?.Value;

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
        if (node.Children is not null && node.MayHaveChild(word))
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
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && node.MayHaveChild(word[..^ending.Length])
                && lookup.TryGetValue(word[..^ending.Length], out child) && child.Inflectable)
            {
                return child;
            }
        }

        return null;
    }

    private sealed class Node
    {
        // One bit per hash of a child word, at nodes with many children: a clear bit proves that a word is not a child
        // without a look into the dictionary, whose buckets and entries lie scattered over memory. The root is looked
        // up at every token of every sentence and most tokens begin no actor name, so most lookups end here.
        private ulong[]? _filter;
        private int _filterShift;

        public Dictionary<string, Node>? Children { get; set; }

        // Words that may follow this one after a few others (a TABARI phrase's words written apart); null for nearly all.
        public Dictionary<string, Node>? GapChildren { get; set; }

        public T? Value { get; set; }

        public bool Inflectable { get; set; }

        // Stems (imported TABARI dictionaries) by their folded first letter, longest first; kept apart so that exact
        // words stay one hash lookup, and bucketed so that a word is compared only with stems of its first letter.
        public Dictionary<char, List<(string Stem, Node Node)>>? Stems { get; set; }

        /// <summary>False when <paramref name="word"/> is certainly not a key of <see cref="Children"/>.</summary>
        public bool MayHaveChild(ReadOnlySpan<char> word)
        {
            if (_filter is not { } filter)
            {
                return true;
            }

            var bit = FilterBit(FoldingComparer.Instance.GetHashCode(word), _filterShift);
            return (filter[bit >> 6] & (1UL << (int)bit)) != 0;
        }

        /// <summary>Records a word just added to <see cref="Children"/> in the filter, resizing it as the children grow.</summary>
        public void NoteChild(string word)
        {
            var count = Children!.Count;
            if (count < FilterMinChildren)
            {
                return;
            }

            if (_filter is null || (long)_filter.Length * 64 < (long)count * FilterBitsPerChild)
            {
                var bits = (int)BitOperations.RoundUpToPowerOf2((uint)(count * FilterBitsPerChild * 2));
                _filter = new ulong[bits / 64];
                _filterShift = 32 - BitOperations.Log2((uint)bits);
                foreach (var key in Children.Keys)
                {
                    Set(key);
                }
            }
            else
            {
                Set(word);
            }
        }

        // The top bits of the comparer's hash after a multiplicative mix (the hash's own low bits pick dictionary buckets).
        private static uint FilterBit(int hash, int shift) => ((uint)hash * 0x9E3779B9u) >> shift;

        private void Set(string word)
        {
            var bit = FilterBit(FoldingComparer.Instance.GetHashCode(word), _filterShift);
            _filter![bit >> 6] |= 1UL << (int)bit;
        }
    }
}
