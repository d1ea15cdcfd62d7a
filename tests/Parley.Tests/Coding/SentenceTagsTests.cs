using Parley.Coding;
using Parley.Lexicon;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Tests.Coding;

/// <summary>
/// The per-thread tags of a sentence: a sentence tagged again (the actor finder, then the coder) is read from the
/// buffers; any other sentence, or the same words in another text, is tagged anew.
/// </summary>
public sealed class SentenceTagsTests
{
    private static CoarseTag[] Fresh(AnalyzedText text, SentenceSpan sentence)
    {
        var tags = PosTagger.Default.Tag(text);
        return [.. tags.AsSpan(sentence.FirstToken, sentence.TokenCount).ToArray()
            .Select(t => t.IsVerb() || t == PosTag.MD ? CoarseTag.Verb : t.IsNoun() ? CoarseTag.Noun : CoarseTag.Other)];
    }

    [Fact]
    public void EachSentenceGetsItsOwnTagsWhicheverWasTaggedBefore()
    {
        var text = AnalyzedText.Analyze("The ministers met in Geneva on Monday. Protesters attacked the embassy and burned cars.");
        var (first, second) = (text.Sentences[0], text.Sentences[1]);

        Assert.Equal(Fresh(text, first), SentenceTags.Tag(PosTagger.Default, text, first).ToArray());
        Assert.Equal(Fresh(text, first), SentenceTags.Tag(PosTagger.Default, text, first).ToArray());
        Assert.Equal(Fresh(text, second), SentenceTags.Tag(PosTagger.Default, text, second).ToArray());
        Assert.Equal(Fresh(text, first), SentenceTags.Tag(PosTagger.Default, text, first).ToArray());
    }

    [Fact]
    public void AnotherTextWithTheSameSpanIsTaggedAnew()
    {
        var noun = AnalyzedText.Analyze("The attacks continued.");
        var verb = AnalyzedText.Analyze("Rebels attack convoys.");
        Assert.Equal(noun.Sentences[0].TokenCount, verb.Sentences[0].TokenCount);

        var first = SentenceTags.Tag(PosTagger.Default, noun, noun.Sentences[0]).ToArray();
        var second = SentenceTags.Tag(PosTagger.Default, verb, verb.Sentences[0]).ToArray();

        Assert.Equal(Fresh(noun, noun.Sentences[0]), first);
        Assert.Equal(Fresh(verb, verb.Sentences[0]), second);
        Assert.NotEqual(first, second);
    }
}
