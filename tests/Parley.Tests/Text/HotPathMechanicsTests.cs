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

    [Fact]
    public void TokenTraitsGiveMembershipInEachWordListInAnyCase()
    {
        // Given every word of the lists the traits stand for, in lower, upper and title case, and words in none
        var lists = new (IEnumerable<string> Words, WordTraits Trait)[]
        {
            (EnglishDetector.FunctionWordList, WordTraits.FunctionWord),
            (Parley.Events.DateFinder.FutureCueWords, WordTraits.FutureCue),
            (Parley.Events.DateFinder.MonthWords, WordTraits.Month),
            (Parley.Coding.SentenceCoder.DeterminerWords, WordTraits.Determiner),
            (Parley.Coding.PatternMatcher.StructuralWords, WordTraits.Structural),
        };
        foreach (var (words, trait) in lists)
        {
            foreach (var word in words)
            {
                // Then each has its list's trait, whatever its case
                Assert.True((WordTraitTable.Of(word) & trait) != 0, $"{word} {trait}");
                Assert.True((WordTraitTable.Of(word.ToUpperInvariant()) & trait) != 0, $"{word} {trait}");
            }
        }

        Assert.Equal(WordTraits.None, WordTraitTable.Of("ceasefire"));
        Assert.Equal(WordTraits.None, WordTraitTable.Of("Geneva"));
        Assert.Equal(WordTraits.None, WordTraitTable.Of(","));
    }

    [Fact]
    public void AnalysisGivesEachTokenItsTraits()
    {
        // Given a sentence with a function word, a month, a future cue and words in no list
        var text = AnalyzedText.Analyze("The envoy will arrive in March.");

        // Then the tokens carry the traits of their words, and the others none
        Assert.True(text.Is(0, WordTraits.FunctionWord | WordTraits.Determiner | WordTraits.Article));
        Assert.Equal(WordTraits.None, text.TokenTraits(1));
        Assert.True(text.Is(2, WordTraits.FutureCue));
        Assert.True(text.Is(5, WordTraits.Month));
        Assert.Equal(WordTraits.None, text.TokenTraits(6));
    }

    [Fact]
    public void FeatureRowRangesAddTheSameWeightsAsTheRow()
    {
        // Given a feature table with two rows
        var table = new FeatureTable([11UL, 22UL], [0, 2, 3], [1, 3, 0], [0.5f, -1.25f, 2f]);
        var byRow = new float[4];
        var byRange = new float[4];

        // When a row is added by its index and by its entry range
        foreach (var feature in new[] { table.Find(11UL), table.Find(22UL), table.Find(33UL) })
        {
            table.AddRow(feature, byRow);
            var (start, end) = table.Row(feature);
            table.AddEntries(start, end, byRange);
        }

        // Then both give the same scores, and a missing feature adds nothing
        Assert.Equal([2f, 0.5f, 0f, -1.25f], byRow);
        Assert.Equal(byRow, byRange);
    }
}
