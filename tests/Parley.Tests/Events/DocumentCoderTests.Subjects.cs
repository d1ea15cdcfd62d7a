namespace Parley.Tests.Events;

/// <summary>Finding the subject past inserted phrases, coordinated verbs and qualifying places; groups and adjectives.</summary>
public sealed partial class DocumentCoderTests
{
    [Fact]
    public void AnInsertedPhraseBetweenSubjectAndVerbIsSkipped()
    {
        var criticism = Only("Pakistan, a close ally of the United States, criticized Iran.");

        Assert.Equal("PAK", criticism.Source.Code);
        Assert.Equal("IRN", criticism.Target?.Code);
    }

    [Fact]
    public void ASecondVerbAfterAndSharesTheFirstVerbsSubject()
    {
        var events = Code("Armenia detained two soldiers of Azerbaijan and attacked Georgia.");

        var attack = Assert.Single(events, e => e.Target?.Code == "GEO");
        Assert.Equal("ARM", attack.Source.Code);
        Assert.Contains(attack.Explanation.Rules, r => r.Contains("subject shared", StringComparison.Ordinal));
    }

    [Fact]
    public void ANounEventObjectOfTheFirstVerbIsNotTheSubjectOfTheVerbAfterAnd()
    {
        // "the talks" is what Norway welcomed; the attack after "and" is Norway's too, not the talks'.
        var events = Code("Norway welcomed the peace talks and condemned Sudan.");

        var condemnation = Assert.Single(events, e => e.Target?.Code == "SDN");
        Assert.Equal("NOR", condemnation.Source.Code);
        Assert.Equal("11", condemnation.Code.Code.Root);
    }

    [Fact]
    public void APlaceAfterTheSubjectQualifiesIt()
    {
        var criticism = Only("Protesters in Nairobi criticized Uganda.");

        Assert.Equal("KENCVL", criticism.Source.Code);
    }

    [Fact]
    public void AnActorAfterBetweenInsideTheSubjectIsNotTheSubject()
    {
        // Russia and Ukraine are the sides of the dispute that qualifies the envoy; the Armenian envoy criticizes.
        var criticism = Only("The Armenian envoy at the heart of the dispute between Russia and Ukraine criticized Turkey.");

        Assert.Equal("ARM", criticism.Source.Country);
        Assert.Equal("TUR", criticism.Target?.Code);
        Assert.Contains(criticism.Explanation.Rules, r => r.Contains("object of 'between'", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAcronymInBracketsAfterAnActorIsTheSameActorAndKeepsTheListTogether()
    {
        var events = Code("France and the African Union (AU) condemned Mali.");

        Assert.Equal(["AU", "FRA"], events.Select(e => e.Source.Code).Order());
        Assert.All(events, e => Assert.Equal("MLI", e.Target?.Code));
    }

    [Fact]
    public void AGroupAfterAnOrganisationAndItsModifiersIsTheOrganisations()
    {
        var criticism = Only("European Union foreign ministers criticized Belarus.");

        Assert.Equal("EU", criticism.Source.Org);
    }

    [Fact]
    public void AGroupWordBeforeANounIsAnAdjective()
    {
        var criticism = Only("Greece condemned the military exercises near Turkey.");

        Assert.Equal("GRC", criticism.Source.Code);
        Assert.NotEqual("GRCMIL", criticism.Target?.Code);
    }

    [Fact]
    public void AnEthnicCommunityBelongsToTheCountryWhereItIs()
    {
        // "ethnic Albanians" in Serbia are Serbia's people, not Albania; with a group noun they are that group
        var rally = Only("Hundreds of ethnic Albanians demonstrated on Friday in Serbia.");
        var arrest = Only("Serbian police arrested six ethnic Albanian militants.");

        Assert.Equal("SRBCVL", rally.Source.Code);
        Assert.Equal("SRB", arrest.Target?.Country);
        Assert.Equal("REB", arrest.Target?.Role);
    }

    [Fact]
    public void ANameStartingWithALowerCaseParticleIsStillAName()
    {
        // "al-Qaeda" starts in lower case, unlike "turkey" the bird it has a capital inside
        var strike = Only("Pakistani troops killed three al-Qaeda militants on Monday.");

        Assert.Equal("AQ", strike.Target?.Org);
    }

    [Fact]
    public void AGroupTakesTheCountryOfAPlaceNamedWithItsPositionAndKind()
    {
        var rally = Only("Hundreds of protesters rallied on Sunday in the northern city of Mosul.");

        Assert.Equal("IRQCVL", rally.Source.Code);
    }

    [Fact]
    public void ALanguageNamedByANationalityWordIsNoActor()
    {
        var ban = Only("The Latvian parliament restricted the use of the Russian language on Monday.");

        Assert.Equal("LVALEG", ban.Source.Code);
        Assert.Null(ban.Target);
    }

    [Fact]
    public void ACountryNameIsTheCountryNotAForeignTownOfThatName()
    {
        var events = Code("Serbia lifted the curfew in Montenegro.");

        Assert.All(events, e => Assert.Equal("MNE", e.Location?.Country));
    }
}

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto spoke to reporters. He criticized Uganda.")]
    [InlineData("Kenyan President William Ruto met reporters. He criticized Uganda.")]
    public void TheOwnPressIsWhereAStatementIsMadeNotAParty(string text)
    {
        var criticism = Assert.Single(Code(text));

        Assert.Equal("UGA", criticism.Target?.Code);
    }
}

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Turkish jets bombed Kirkuk.")]
    [InlineData("Kirkuk was bombed by Turkish jets.")]
    public void ATownActedOnStandsForItsCountry(string sentence)
    {
        var bombing = Only(sentence);

        Assert.Equal("TUR", bombing.Source.Code);
        Assert.Equal("IRQ", bombing.Target?.Code);
        Assert.Contains(bombing.Explanation.Rules, r => r.Contains("place:", StringComparison.Ordinal));
    }

    [Fact]
    public void ATownAfterInIsWhereAndOnlyViolenceAbroadStrikesItsCountry()
    {
        var bombing = Only("Turkish jets bombed targets in Kirkuk.");

        Assert.Equal("IRQ", bombing.Target?.Code);
        Assert.Contains(bombing.Explanation.Rules, r => r.Contains("place struck", StringComparison.Ordinal));
        Assert.Null(Only("Turkish diplomats held talks in Kirkuk.").Target);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void ACapitalAfterAPrepositionOfPlaceIsTheCountry()
    {
        var visit = Assert.Single(Code("Kenyan President William Ruto arrived in Kampala."), e => e.Source.Country == "KEN");

        Assert.Equal("UGA", visit.Target?.Code);
    }

    [Fact]
    public void ACapitalAsSubjectOrObjectIsTheGovernment()
    {
        var criticism = Only("Kampala criticized Nairobi.");

        Assert.Equal("UGAGOV", criticism.Source.Code);
        Assert.Equal("KENGOV", criticism.Target?.Code);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void ASentenceOpeningWithItSpeaksOfTheGroupLastNamed()
    {
        var criticism = Only("The Chilean government issued a statement. It criticized Peru.");

        Assert.Equal("CHLGOV", criticism.Source.Code);
        Assert.Equal("PER", criticism.Target?.Code);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void AVerbAfterAndWithoutASubjectTakesTheSubjectOfTheVerbBeforeNotItsObject()
    {
        var killing = Assert.Single(Code("Rebels crossed into Sudan and killed five soldiers."), e => e.Code.Code.Root == "19");
        Assert.Equal("REB", killing.Source.Role);
        Assert.Contains(killing.Explanation.Rules, r => r.Contains("subject of 'crossed'", StringComparison.Ordinal));

        // The subject of "hit" is no actor: the wounded soldiers are not the ones who wounded.
        Assert.DoesNotContain(Code("An explosion near the town hit a convoy and wounded five Kenyan soldiers."), e => e.Source.Country == "KEN");
    }

    [Theory]
    [InlineData("Iran has sent twenty inspectors to Iraq to investigate the bombing.", "09", "IRN")]
    [InlineData("Iran has sent twenty inspectors to Iraq on Tuesday to investigate the bombing.", "09", "IRN")]
    [InlineData("Norway funded charities in Kenya to help support Somali refugees.", "07", "NOR")]
    public void APurposeInfinitiveAfterAPlacePhraseHasTheSubjectOfItsVerb(string sentence, string root, string source)
    {
        var purpose = Assert.Single(Code(sentence), e => e.Code.Code.Root == root && e.Explanation.Rules.Any(r => r.StartsWith("purpose:", StringComparison.Ordinal)));

        Assert.Equal(source, purpose.Source.Code);
    }

    [Fact]
    public void APossessiveBeforeTheSubjectIsNoPassive()
    {
        var demand = Assert.Single(Code("Hungary's parliament has demanded an apology by Serbia."), e => e.Code.Code.Root == "10");

        Assert.Equal("HUNLEG", demand.Source.Code);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void NothingInsideARelativeClauseIsTheSubjectOfTheVerbAfterIt()
    {
        Assert.DoesNotContain(Code("The old man, who lost two sons in an attack in Cairo, praised the ceasefire."), e => e.Code.Code.Root == "05");

        var criticism = Assert.Single(Code("Hungary, which borders Serbia, condemned Croatia."));
        Assert.Equal("HUN", criticism.Source.Code);
    }

    [Fact]
    public void TheObjectOfARelativeClauseWithoutCommasIsNotTheSubjectOfTheVerbAfterIt()
    {
        var arrest = Assert.Single(Code("The man who attacked the embassy was arrested by Greek police."), e => e.Code.Code.Root == "17");
        Assert.Equal("GRCCOP", arrest.Source.Code);
        Assert.Null(arrest.Target);

        var praise = Assert.Single(Code("The Kenyan police who arrested the protesters praised Uganda."), e => e.Code.Code.Root == "05");
        Assert.Equal("KENCOP", praise.Source.Code);

        // After a verb of saying the actor is the subject of what was said.
        Assert.Contains(Code("Officials who said Iran attacked Iraq were dismissed."), e => e.Source.Code == "IRN" && e.Target?.Code == "IRQ");
    }

    [Fact]
    public void TheObjectOfAVerbIsNotTheSubjectOfItsPurposeInfinitive()
    {
        var demand = Assert.Single(Code("Greek rebels blockaded Athens to demand the release of prisoners."), e => e.Code.Code.Root == "10");
        Assert.Equal("GRCREB", demand.Source.Code);

        // "ordered" hands its object the infinitive: the troops are to leave.
        Assert.DoesNotContain(Code("Kenya ordered its troops to leave Somalia."), e => e.Code.Code.Root == "08" && e.Source.Code == "KEN");
    }

    [Fact]
    public void AParticipleAfterADeterminerIsAnAdjective()
    {
        var events = Code("Students protested against the alleged abuses by the Chilean police.");

        Assert.DoesNotContain(events, e => e.Explanation.VerbText == "alleged");
        Assert.Contains(events, e => e.Code.Code.Root == "14" && e.Target?.Code == "CHLCOP");
    }
}
