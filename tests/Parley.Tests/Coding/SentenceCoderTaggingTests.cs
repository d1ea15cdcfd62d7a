using Parley.Coding;
using Parley.Lexicon;
using Parley.Text;

namespace Parley.Tests.Coding;

/// <summary>The coder asks the tagger whether an ambiguous word is a verb ("Russia attacks Ukraine") or a noun ("The attacks continued").</summary>
public sealed class SentenceCoderTaggingTests
{
    private static readonly SentenceCoder Coder = CreateCoder();

    [Fact]
    public void AThirdPersonVerbBetweenTwoActorsIsCoded()
    {
        var events = Code("Russia attacks Ukraine.");

        var coded = Assert.Single(events);
        Assert.Equal("attack", coded.Pattern.Lemma);
    }

    [Fact]
    public void ThePluralNounOfAPatternVerbStartsNoVerbPattern()
    {
        // "attacks" is a noun here: only a noun entry ("SOURCE 's attack on TARGET") may code it, never the verb entry.
        var events = Code("Russia's attacks on Ukraine continued.");

        Assert.DoesNotContain(events, e => e.Pattern.Lemma == "attack" && e.Pattern.Kind == EntryKind.Verb);
    }

    [Fact]
    public void TalksAsANounStartNoTalkPattern()
    {
        var events = Code("Armenia's talks with Azerbaijan resumed.");

        Assert.DoesNotContain(events, e => e.Pattern.Lemma == "talk" && e.Pattern.Kind == EntryKind.Verb);
    }

    [Theory]
    [InlineData("Russia arms Ukraine.")]
    [InlineData("Russia shells Ukraine.")]
    [InlineData("Russia arms the Azerbaijan army.")]
    public void ANounVerbWordBetweenTheSubjectActorAndItsObjectIsTheVerb(string sentence)
    {
        // A tagger reads "Russia arms" as a compound noun; before another actor or an article it can only be the verb.
        var coded = Assert.Single(Code(sentence));

        Assert.Equal(EntryKind.Verb, coded.Pattern.Kind);
        Assert.Equal("RUS", coded.Source.Code);
    }

    [Fact]
    public void ANounCompoundAfterAnActorStaysANoun()
    {
        // "Russia's arms shipments": no article and no actor follows "arms", which stays a noun.
        Assert.DoesNotContain(Code("Russia arms shipments to Ukraine rose."), e => e.Pattern.Kind == EntryKind.Verb && e.Pattern.Lemma == "arm");
    }

    private static List<SentenceEvent> Code(string sentence)
    {
        var text = AnalyzedText.Analyze(sentence);
        return Coder.Code(text, text.Sentences[0], null);
    }

    private static SentenceCoder CreateCoder()
    {
        // Four countries written for this test, in the format of data/actors/FORMAT.md.
        var countries = """
            country: RUS
              name: Russia

            country: UKR
              name: Ukraine

            country: ARM
              name: Armenia

            country: AZE
              name: Azerbaijan
            """;
        var reader = new Parley.Lexicon.Actors.ActorSourceReader();
        reader.Read(countries, "test-countries.txt");
        return new SentenceCoder(ActorDictionary.FromKnowledgeBase(reader.Build("test")), PatternLexicon.Default);
    }
}
