using Parley.Tagging;
using Parley.Tagging.Corpora;

namespace Parley.Tests.Tagging;

/// <summary>Reading Brown-format files; TestData/brown/ca01 is a few sentences written in that format for these tests (not corpus text).</summary>
public sealed class BrownCorpusTests
{
    private static readonly IReadOnlyList<TaggedSentence> Sample =
        BrownCorpus.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "brown", "ca01")).ToList();

    [Fact]
    public void SentencesWithAnUntaggedTokenAreSkipped() => Assert.Equal(3, Sample.Count);

    [Fact]
    public void PlainTagsMapToPenn()
    {
        var sentence = Sample[0];

        Assert.Equal("The talks between Armenia and Azerbaijan resumed .", string.Join(' ', sentence.Words));
        Assert.Equal([PosTag.DT, PosTag.NNS, PosTag.IN, PosTag.NNP, PosTag.CC, PosTag.NNP, PosTag.VBD, PosTag.Period], sentence.Tags);
    }

    [Fact]
    public void PossessivesContractionsAndQuotesAreSplitLikeParleysTokenizer()
    {
        var sentence = Sample[1];

        Assert.Equal(["Atlanta", "'s", "mayor", "did", "n't", "say", ",", "\"", "I", "'m", "sure", "\"", "."], sentence.Words);
        Assert.Equal(
            [PosTag.NNP, PosTag.POS, PosTag.NN, PosTag.VBD, PosTag.RB, PosTag.VB, PosTag.Comma, PosTag.OpenQuote, PosTag.PRP, PosTag.VBP, PosTag.JJ, PosTag.CloseQuote, PosTag.Period],
            sentence.Tags);
    }

    [Fact]
    public void PluralPossessivesNegatedModalsAndTitlesAreMapped()
    {
        var sentence = Sample[2];

        Assert.Equal(["The", "soldiers", "'", "wives", "ca", "n't", "go", "to", "Fulton", "County", "."], sentence.Words);
        Assert.Equal(
            [PosTag.DT, PosTag.NNS, PosTag.POS, PosTag.NNS, PosTag.MD, PosTag.RB, PosTag.VB, PosTag.IN, PosTag.NNP, PosTag.NNP, PosTag.Period],
            sentence.Tags);
    }

    [Fact]
    public void EveryTenthFileIsHeldOut()
    {
        Assert.Equal([9, 19, 29], Enumerable.Range(0, 30).Where(BrownCorpus.IsHeldOut));
    }

    [Fact]
    public void AnUnknownTagNamesTheFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-brown-{Guid.NewGuid():N}");
        File.WriteAllText(path, "\tThe/at cat/zz ./.\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => BrownCorpus.ReadFile(path).ToList());
            Assert.Contains(":1: Brown tag 'zz'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
