using Parley.Lexicon.Internal;
using Parley.Tagging;
using Parley.Tagging.Internal;
using Parley.Text;

namespace Parley.Tests.Text;

/// <summary>
/// The speed mechanics of the hot path (docs/performance.md): each must give exactly what the plain version gave.
/// </summary>
public sealed class HotPathMechanicsTests
{
    [Fact]
    public void NormalizerReturnsTextWithNothingToRewriteAsItIs()
    {
        // Given plain ASCII text with paragraphs; When it is normalised
        const string plain = "The minister met his counterpart in the capital.\n\nTalks continue on Friday.";

        // Then the very same string comes back: no copy
        Assert.Same(plain, TextNormalizer.Normalize(plain));
    }

    [Theory]
    [InlineData("Talks \u201Cended\u201D\r\nin Paris", "Talks \"ended\"\nin Paris")]
    [InlineData("a\u2014b", "a - b")]
    [InlineData("\u00ADsoft at the start", "soft at the start")]
    [InlineData("at the end\u2026", "at the end...")]
    [InlineData("tab\there and a lone\rreturn", "tab here and a lone\nreturn")]
    public void NormalizerRewritesFromTheFirstCharacterThatNeedsIt(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void AnalysisOfOneDocumentIsNotDisturbedByTheNext()
    {
        // Given a long document analysed first, then a short one (the token buffer is reused per thread)
        var longText = string.Join(" ", Enumerable.Repeat("The delegation arrived in Geneva on Monday.", 200));
        var first = AnalyzedText.Analyze(longText);
        var second = AnalyzedText.Analyze("Officials met. They talked.");

        // Then each keeps its own tokens and sentences
        Assert.Equal(200, first.Sentences.Count);
        Assert.Equal(2, second.Sentences.Count);
        Assert.Equal(6, second.Tokens.Count);
        Assert.Equal("Officials", second.TokenText(0).ToString());
        Assert.Equal("The", first.TokenText(0).ToString());
        Assert.Equal("They talked.", second.SentenceText(1));
    }

    [Fact]
    public void VocabularyIndexFindsEveryWordByItsPositionAndNothingElse()
    {
        // Given a vocabulary of many words differing in case and one letter
        var words = Enumerable.Range(0, 5_000).SelectMany(i => new[] { $"word{i}", $"Word{i}" }).ToArray();
        var index = new VocabularyIndex(words);

        // Then each word is found at its position, with its exact spelling only
        for (var id = 0; id < words.Length; id++)
        {
            Assert.Equal(id, index.Find(words[id]));
        }

        Assert.Equal(-1, index.Find("WORD1"));
        Assert.Equal(-1, index.Find("word5000"));
        Assert.Equal(-1, index.Find(string.Empty));
    }

    [Fact]
    public void TaggerStillKnowsItsWords()
    {
        var tagger = PosTagger.Default;

        Assert.True(tagger.IsKnownWord("the"));
        Assert.True(tagger.IsKnownWord("said"));
        Assert.False(tagger.IsKnownWord("zxqvbnmwords"));
    }

    [Fact]
    public void TrieWithManyChildrenMatchesEveryChildAndNoOtherWord()
    {
        // Given a trie whose root has far more children than the filter threshold
        var trie = new PhraseTrie<string>();
        for (var i = 0; i < 3_000; i++)
        {
            var name = $"Name{i}";
            trie.GetOrAdd([name], inflectable: false, () => name);
        }

        trie.GetOrAdd(["Erdogan"], inflectable: false, () => "Erdogan");
        trie.GetOrAdd(["Zas"], inflectable: true, () => "Zas");

        // Then every child is still found, in other case ("ERDOGAN") and inflected ("Zasom"), and other words are not
        var text = AnalyzedText.Analyze("Name0 met Name2999 and ERDOGAN and Zasom but not Name3000 or Unknown.");
        var found = new List<string>();
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (trie.MatchLongest(text, i, text.Tokens.Count, out var value) > 0)
            {
                found.Add(value!);
            }
        }

        Assert.Equal(["Name0", "Name2999", "Erdogan", "Zas"], found);
    }
}
