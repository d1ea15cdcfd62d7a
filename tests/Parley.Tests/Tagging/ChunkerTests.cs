using Parley.Tagging;
using Parley.Text;

namespace Parley.Tests.Tagging;

public sealed class ChunkerTests
{
    [Fact]
    public void APossessiveJoinsOneNounPhraseWithTheLastNounAsHead()
    {
        var (text, chunks) = Chunk("Russia's foreign minister arrived in Baku.");

        var first = chunks[0];
        Assert.Equal(ChunkKind.NounPhrase, first.Kind);
        Assert.Equal("Russia 's foreign minister", Words(text, first));
        Assert.Equal("minister", text.TokenText(first.HeadToken).ToString());
    }

    [Fact]
    public void WasPlusPastParticipleIsPassive()
    {
        var (text, chunks) = Chunk("The convoy was attacked near the border.");

        var group = chunks.Single(c => c.Kind == ChunkKind.VerbGroup);
        Assert.Equal("was attacked", Words(text, group));
        Assert.True(group.Has(ChunkFlags.Passive));
        Assert.Equal("attacked", text.TokenText(group.HeadToken).ToString());
    }

    [Fact]
    public void HasPlusPastParticipleIsActive()
    {
        var (text, chunks) = Chunk("Russia has attacked Ukraine.");

        var group = chunks.Single(c => c.Kind == ChunkKind.VerbGroup);
        Assert.Equal("has attacked", Words(text, group));
        Assert.False(group.Has(ChunkFlags.Passive));
    }

    [Fact]
    public void ModalsNegationAndParticlesStayInTheVerbGroup()
    {
        var (text, chunks) = Chunk("The talks will not be called off.");

        var group = chunks.Single(c => c.Kind == ChunkKind.VerbGroup);
        Assert.Equal("will not be called off", Words(text, group));
        Assert.True(group.Has(ChunkFlags.Modal | ChunkFlags.Negated | ChunkFlags.Passive | ChunkFlags.Particle));
        Assert.Equal("off", text.TokenText(group.ParticleToken).ToString());
    }

    [Fact]
    public void ProperNounSequencesAndCompoundsAreOnePhrase()
    {
        var (text, chunks) = Chunk("The United Nations Security Council condemned the missile test.");

        var phrases = chunks.Where(c => c.Kind == ChunkKind.NounPhrase).Select(c => Words(text, c)).ToArray();
        Assert.Equal(["The United Nations Security Council", "the missile test"], phrases);
    }

    [Fact]
    public void ToPlusBaseVerbIsAnInfinitiveGroup()
    {
        var (text, chunks) = Chunk("The ministers agreed to meet again.");

        var groups = chunks.Where(c => c.Kind == ChunkKind.VerbGroup).ToArray();
        Assert.Equal(["agreed", "to meet"], groups.Select(g => Words(text, g)));
        Assert.True(groups[1].Has(ChunkFlags.Infinitive));
    }

    private static (AnalyzedText Text, IReadOnlyList<Chunk> Chunks) Chunk(string sentence)
    {
        var text = AnalyzedText.Analyze(sentence);
        var tags = PosTagger.Default.Tag(text);
        return (text, Chunker.Chunk(text, text.Sentences[0], tags));
    }

    private static string Words(AnalyzedText text, Chunk chunk) =>
        string.Join(' ', Enumerable.Range(chunk.FirstToken, chunk.TokenCount).Select(i => text.TokenText(i).ToString()));
}
