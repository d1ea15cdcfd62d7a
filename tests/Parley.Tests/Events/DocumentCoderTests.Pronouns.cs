namespace Parley.Tests.Events;

/// <summary>Pronouns inside a sentence and across the sentences of a document: subjects, objects, and what is no actor.</summary>
public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Chile criticized Peru, and later it asked Bolivia to mediate.")]
    [InlineData("Chile criticized Peru and then it asked Bolivia to mediate.")]
    public void ASubjectPronounAfterAndStandsForTheSubjectOfTheSentence(string sentence)
    {
        var events = Code(sentence);

        var appeal = Assert.Single(events, e => e.Code.Code.Root == "02");
        Assert.Equal("CHL", appeal.Source.Code);
        Assert.Equal("BOL", appeal.Target?.Code);
        Assert.Contains(appeal.Explanation.Rules, r => r.Contains("coreference", StringComparison.Ordinal));

        // The pronoun opens a clause: it is no second item of a list with the object before it.
        Assert.DoesNotContain(events, e => e.Source.Code == "PER");
    }

    [Fact]
    public void ASubjectPronounAfterTheOneAddressedStandsForTheSpeaker()
    {
        var events = Code("Chile told Peru it would withdraw its troops.");

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("CHL", e.Source.Code));
    }

    [Fact]
    public void ASubjectPronounAfterAnOpeningAdverbStandsForTheGroupLastNamed()
    {
        var praise = Assert.Single(Code("Chile condemned Peru. However, it praised Bolivia."), e => e.Code.Code.Root == "05");

        Assert.Equal("CHL", praise.Source.Code);
        Assert.Equal("BOL", praise.Target?.Code);
    }

    [Theory]
    [InlineData("Chile condemned Peru. In a later statement it praised Bolivia.", "CHL")]
    [InlineData("Chilean President Gabriel Boric condemned Peru. He later praised Bolivia.", "CHLGOV")]
    public void ASubjectPronounAfterAnOpeningPhraseStandsForTheSubjectBefore(string text, string source)
    {
        var praise = Assert.Single(Code(text), e => e.Code.Code.Root == "05");

        Assert.Equal(source, praise.Source.Code);
        Assert.Equal("BOL", praise.Target?.Code);
    }

    [Theory]
    [InlineData("Chile criticized Peru. It has been reported that Bolivia praised Ecuador.")]
    [InlineData("Chile criticized Peru. It would be wrong to say that Bolivia praised Ecuador.")]
    public void AnItBeforeBeenOrBeStandsForNoActor(string text)
    {
        Assert.DoesNotContain(Code(text), e => e.Source.Text is "It");
    }

    [Fact]
    public void AnObjectPronounStandsForSomeoneOtherThanTheSubjectOfItsVerb()
    {
        var criticism = Assert.Single(Code("Vladimir Putin met Recep Tayyip Erdogan. Olaf Scholz later criticized him."), e => e.Code.Code.Root == "11");
        Assert.Equal("DEUGOV", criticism.Source.Code);
        Assert.Equal("RUSGOV", criticism.Target?.Code);

        var sameSentence = Assert.Single(Code("Recep Tayyip Erdogan met Vladimir Putin in Sochi and Olaf Scholz criticized him."), e => e.Code.Code.Root == "11");
        Assert.Equal("DEUGOV", sameSentence.Source.Code);
        Assert.Equal("RUSGOV", sameSentence.Target?.Code);
    }

    [Fact]
    public void AnObjectItStandsForTheGroupLastNamedOtherThanTheSubject()
    {
        var appeal = Assert.Single(Code("Chile criticized Peru and Bolivia asked it to withdraw."), e => e.Code.Code.Root == "02");

        Assert.Equal("BOL", appeal.Source.Code);
        Assert.Equal("PER", appeal.Target?.Code);
    }

    [Fact]
    public void AnActorFollowedByItsOwnVerbIsNoItemOfTheObjectBeforeIt()
    {
        var events = Code("Chile criticized Peru and Bolivia praised Ecuador.");

        Assert.DoesNotContain(events, e => e.Source.Code == "CHL" && e.Target?.Code == "BOL");
        Assert.Contains(events, e => e.Source.Code == "BOL" && e.Target?.Code == "ECU");
        Assert.DoesNotContain(events, e => e.Source.Code == "PER");

        // After a verb of saying both are subjects.
        var vetoes = Code("Chile said Peru and Bolivia condemned Ecuador.");
        Assert.Contains(vetoes, e => e.Source.Code == "PER" && e.Target?.Code == "ECU");
        Assert.Contains(vetoes, e => e.Source.Code == "BOL" && e.Target?.Code == "ECU");
    }

    [Fact]
    public void HerBeforeANounIsAPossessiveNotAnObject()
    {
        var events = Code("Prime Minister Giorgia Meloni visited Tunisia. Spain praised her government.");

        Assert.DoesNotContain(events, e => e.Target?.Text is "her");
    }

    [Fact]
    public void HeStandsForASingularRoleNamedBefore()
    {
        var praise = Assert.Single(Code("The Chilean foreign minister criticized Peru. He praised Bolivia."), e => e.Code.Code.Root == "05");
        Assert.Equal("CHLGOV", praise.Source.Code);
        Assert.Equal("BOL", praise.Target?.Code);

        // An institution or a plural is no one "he" stands for.
        Assert.DoesNotContain(Code("The Chilean foreign ministry criticized Peru. He praised Bolivia."), e => e.Code.Code.Root == "05");
    }

    [Theory]
    [InlineData("Chile and Peru criticized Bolivia. They also condemned Ecuador.")]
    [InlineData("Chile and Peru criticized Bolivia, and they condemned Ecuador.")]
    public void TheyAfterAListStandsForEachOfItsActors(string text)
    {
        var condemnations = Code(text).Where(e => e.Target?.Code == "ECU").Select(e => e.Source.Code).Order().ToList();

        Assert.Equal(["CHL", "PER"], condemnations);
    }

    [Fact]
    public void APersonalPronounMayStandForAnImportedEntryWhoseKindIsUnknown()
    {
        // An imported dictionary does not say that "Ulmo" is a person; "she" stands for the actor named.
        var dictionary = Parley.Lexicon.ActorDictionary.FromKnowledgeBase(Parley.Lexicon.Actors.ActorKnowledgeBase.Default);
        Parley.Lexicon.Import.ActorDictionaryImporter.ImportActors(["ULMO_ [CHLGOV]"], "test.actors.txt", dictionary);
        var coder = new Parley.Events.DocumentCoder(Parley.Ontology.Codebook.Default, dictionary, Parley.Lexicon.PatternLexicon.Default);

        var events = coder.Code(new Parley.Text.SourceDocument("test", "Ulmo criticized Peru and then she praised Bolivia.", Published, null, null, null, "test")).Events;

        Assert.Contains(events, e => e.Source.Code == "CHLGOV" && e.Target?.Code == "BOL");
    }
}
