using Parley.Coding;

namespace Parley.Tests.Events;

/// <summary>Event nouns inside other events (objects, subjects, modifiers), mutual events, and groups named without a country.</summary>
public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Spain criticized Morocco over the arrest of fishermen.", "11")]
    [InlineData("Chile welcomed the talks.", "05")]
    [InlineData("Peru thanked Chile for its humanitarian aid.", "05")]
    public void AnEventNounInTheObjectOfAnEventIsWhatThatEventIsAbout(string sentence, string root)
    {
        var events = Code(sentence);

        Assert.All(events, e => Assert.Equal(root, e.Code.Code.Root));
        Assert.NotEmpty(events);
    }

    [Fact]
    public void AParticipleBetweenAnArticleAndItsNounDoesNotEndTheSubjectAfterAComma()
    {
        // "a recently appointed Malian official" is the subject of "said", not what the gunmen attacked.
        var attack = Assert.Single(Code("Gunmen attacked the convoy near the border, a recently appointed Malian official said."), e => e.Code.Code.Root == "19");

        Assert.Null(attack.Target);
    }

    [Theory]
    [InlineData("Japan questioned whether he could negotiate with China.")]
    [InlineData("Serbia threatened whether they would punish Kosovo.")]
    public void ASubjectPronounAfterTheVerbIsNeverItsObject(string sentence)
    {
        // "he" and "they" open a clause of their own: they are not what Japan questioned or Serbia threatened, even when
        // an earlier sentence named someone they stand for.
        var events = Code("A Malian official arrived on Monday. " + sentence);

        var first = Assert.Single(events, e => e.Code.Code.Root is "09" or "13");
        Assert.Null(first.Target);
        Assert.Contains(first.Explanation.Rules, r => r.Contains("is a subject, not an object", StringComparison.Ordinal));
    }

    [Fact]
    public void NothingAfterASubjectPronounOpeningAClauseAfterAndIsTheTarget()
    {
        // "he" opens a clause of its own after "and": Niger, named in it, is not what the gunmen attacked.
        var attack = Assert.Single(Code("A Malian official arrived on Monday. Gunmen attacked the town and he is a friend of Niger."), e => e.Code.Code.Root == "19");

        Assert.Null(attack.Target);
    }

    [Fact]
    public void TheOneWhoseOfferIsRejectedIsTheTarget()
    {
        var rejection = Assert.Single(Code("Norway rejected an offer from Sweden."), e => e.Code.Code.Root == "12");

        Assert.Equal("NOR", rejection.Source.Code);
        Assert.Equal("SWE", rejection.Target?.Code);
        Assert.Contains(rejection.Explanation.Rules, r => r.StartsWith("object:", StringComparison.Ordinal));
    }

    [Fact]
    public void AVerbWhoseSubjectIsAnEventNounTellsThatEventAgain()
    {
        var attack = Only("The Turkish attack on Armenia killed four people.");

        Assert.Equal("19", attack.Code.Code.Root);
        Assert.Equal("TUR", attack.Source.Code);
        Assert.Equal("ARM", attack.Target?.Code);
    }

    [Fact]
    public void TheObjectOfAVerbWhoseSubjectIsAnEventNounHasNotItsAgents()
    {
        var events = Code("The detention of a Greek journalist by Turkish police sparked protests.");

        Assert.Contains(events, e => e.Code.Code.Root == "17" && e.Source.Code == "TURCOP");
        Assert.DoesNotContain(events, e => e.Code.Code.Root == "14");
    }

    [Fact]
    public void AnEventNounBeforeAnotherEventNounModifiesIt()
    {
        var events = Code("A Greek drone attack on the port hit Turkey.");

        Assert.DoesNotContain(events, e => e.Explanation.VerbText == "drone");
    }

    [Fact]
    public void AnAttackInAnInPhraseIsTheSameActByTheSameActors()
    {
        var events = Code("Turkey killed ten soldiers of Syria in an air strike.");

        var strike = Assert.Single(events, e => e.Explanation.VerbText.Contains("air strike", StringComparison.Ordinal));
        Assert.Equal("TUR", strike.Source.Code);
        Assert.Contains(strike.Explanation.Rules, r => r.StartsWith("manner:", StringComparison.Ordinal));
    }

    [Fact]
    public void BothSidesOfBetweenAct()
    {
        var pairs = Code("Negotiations between Peru and Chile resumed.").Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order().ToList();

        Assert.Equal(["CHL>PER", "PER>CHL"], pairs);
    }

    [Fact]
    public void EachOtherMakesCoordinatedSubjectsActOnEachOther()
    {
        var events = Code("Peru and Chile accused each other of espionage.");

        var pairs = events.Where(e => e.Code.Code.Root == "11").Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order().ToList();
        Assert.Equal(["CHL>PER", "PER>CHL"], pairs);
    }

    [Fact]
    public void APlainStatementToNobodyAboutNothingIsNoEvent()
    {
        Assert.Empty(Code("The Spanish prime minister spoke in Madrid."));
    }

    [Fact]
    public void AHopeWhoseContentIsAnEventIsOnlyItsModality()
    {
        var events = Code("Chile hoped Peru would sign the treaty.");

        Assert.DoesNotContain(events, e => e.Modality == Modality.Asserted);
    }

    [Fact]
    public void TheMonthMayIsNoModal()
    {
        Assert.Equal(Modality.Asserted, Only("On 3 May 2022, Greece criticized Turkey.").Modality);
    }

    [Theory]
    [InlineData("Kenyan police arrested protesters.", "KENCVL")]
    [InlineData("Bolivia rejected the demands of the opposition.", "BOLOPP")]
    [InlineData("Police arrested protesters in Nairobi.", "KENCVL")]
    public void AGroupNamedWithoutACountryBelongsToTheSentencesCountry(string sentence, string target)
    {
        var coded = Only(sentence);

        Assert.Equal(target, coded.Target?.Code);
        Assert.Contains(coded.Explanation.Rules, r => r.Contains("group:", StringComparison.Ordinal));
    }
}

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Turkey criticized the decision two days after Greek protesters attacked the Bulgarian consulate.")]
    [InlineData("The Kenyan president promised to resign without returning to Uganda.")]
    public void AnAdverbialClauseAfterTheVerbHoldsNoTargetOfIt(string sentence)
    {
        var first = Code(sentence).OrderBy(e => e.Explanation.VerbTokens.Start).First();

        Assert.Null(first.Target);
    }

    [Fact]
    public void AVerbActsOnWhatItsInfinitiveActsOn()
    {
        var threat = Assert.Single(Code("President Museveni threatened to ban Kenyan traders from the markets.", new DateOnly(2020, 1, 1)), e => e.Code.Code.Value == "130");

        Assert.Equal("KEN", threat.Target?.Country);
        Assert.Contains(threat.Explanation.Rules, r => r.StartsWith("object:", StringComparison.Ordinal));
    }

    [Fact]
    public void WhoTheEventIsAccordingToIsNoTarget()
    {
        var criticism = Assert.Single(Code("Chile criticized the decision, according to the Peruvian foreign ministry."));

        Assert.Null(criticism.Target);
    }

    [Fact]
    public void AnAdverbialPrepositionPhraseStillEndsNothing()
    {
        var criticism = Only("Chile condemned Peru shortly before the talks.");

        Assert.Equal("PER", criticism.Target?.Code);
    }

    [Fact]
    public void AGroupWordBeforeAnEventNounIsNoTargetEvenWhenTaggedAsAdjective()
    {
        var threat = Assert.Single(Code("Iran threatened to launch a new military offensive against Iraq."));

        Assert.Equal("IRQ", threat.Target?.Code);

        // Before a verb the group word stays the subject.
        Assert.Contains(Code("In northern Kenya, troops attack rebel camps every week."), e => e.Code.Code.Root == "19" && e.Source.Code == "KENMIL");
    }

    [Fact]
    public void WhoeverReportsANounEventIsNotItsAgent()
    {
        // The speaker of "said that" reports the shelling; "many of them" are those residents, not another group.
        var events = Code("Russian troops shelled Ukrainian towns on Tuesday. Residents said that the shelling lasted all night and that many of them had fled.");

        Assert.Contains(events, e => e.Source.Country == "RUS" && e.Target?.Country == "UKR" && e.Code.Code.Root == "19");
        Assert.DoesNotContain(events, e => e.Source.Role == "CVL" && e.Code.Code.Root == "19");
        Assert.DoesNotContain(events, e => e.Source.Role == "CVL" && e.Target?.Country == "UKR");
    }

    [Fact]
    public void AnActOnlyOnTheSourceItselfIsCodedWithoutATarget()
    {
        // The capital named after the pattern's preposition is the source's own country.
        var curfew = Only("Iraq imposed a curfew in Baghdad.");

        Assert.Equal(("IRQ", "1723"), (curfew.Source.Code, curfew.Code.Code.Value));
        Assert.Null(curfew.Target);
        Assert.Contains(curfew.Explanation.Rules, r => r.StartsWith("target: the source itself", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSubjectsOwnTroopsAreNoTarget()
    {
        var offer = Only("Syria offered its troops to the Lebanese government.");

        Assert.Equal("SYR", offer.Source.Code);
        Assert.Equal("LBNGOV", offer.Target?.Code);
    }

    [Theory]
    [InlineData("Kenya and Uganda discussed security and Somalia.")]
    [InlineData("Ghana and Togo discussed Nigeria and trade on Monday.")]
    public void ACountryListedWithTopicsOfAConsultationIsATopicNotAParty(string sentence)
    {
        // "security and Somalia": an actor listed with common nouns is one of the things discussed; the coordinated
        // subjects consult each other.
        var events = Code(sentence);

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("040", e.Code.Code.Value));
        Assert.Contains(events, e => e.Source.Code == events[0].Target?.Code && e.Target?.Code == events[0].Source.Code);
        Assert.DoesNotContain(events, e => e.Target?.Code is "SOM" or "NGA");
    }

    [Fact]
    public void ACountryDiscussedAloneIsStillTheTarget()
    {
        // With no common noun listed beside it the object keeps its usual reading.
        Assert.All(Code("Germany and France discussed Ukraine."), e => Assert.Equal("UKR", e.Target?.Code));
    }
}
