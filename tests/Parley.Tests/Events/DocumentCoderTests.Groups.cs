namespace Parley.Tests.Events;

/// <summary>Who a group is: communities of another nation, "X-led" and "X-backed" compounds, groups with no country in sight.</summary>
public sealed partial class DocumentCoderTests
{
    [Fact]
    public void AnotherNationsPeopleAfterACountryWordAreACommunityOfThatCountry()
    {
        // "Bosnian Serbs" live in Bosnia: they are not Serbia; "Cypriots" are citizens whatever their origin
        var accusation = Only("Bosnian Serbs accused Croatia of shelling their villages.");
        var rejection = Only("Greek Cypriots rejected the proposal of Turkey on Monday.");

        Assert.Equal("BIHCVL", accusation.Source.Code);
        Assert.Equal("CYPCVL", rejection.Source.Code);
    }

    [Fact]
    public void AGroupNounAfterAListOfCountryWordsBelongsToEach()
    {
        var events = Code("French, British and German troops attacked rebel positions in Mali on Monday.");

        Assert.Equal(["DEUMIL", "FRAMIL", "GBRMIL"], events.Select(e => e.Source.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheTwoOrBothBeforeAGroupStandForTheActorsJustNamed()
    {
        var events = Code("Chilean President Gabriel Boric met Peruvian officials in Lima on Monday, and the two leaders signed an agreement.");
        var both = Code("Norway and Sweden held talks in Oslo, and both governments signed an agreement.");

        // Not a group of Peru, where the sentence happens: the two named.
        Assert.Equal(["CHLGOV", "PERGOV"], events.Where(e => e.Code.Code.Root == "05").Select(e => e.Source.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["NORGOV", "SWEGOV"], both.Where(e => e.Code.Code.Root == "05").Select(e => e.Source.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AListOfAgentsBeforeAListOfCountriesIsEachAgentOfEachCountry()
    {
        var events = Code("Diplomats and soldiers of Norway and Sweden condemned the attack on Finland on Monday.");
        var headed = Code("Lawmakers and officials in Chile and Peru welcomed the agreement with Bolivia.");

        Assert.Equal(["NORGOV", "NORMIL", "SWEGOV", "SWEMIL"], events.Select(e => e.Source.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["CHLGOV", "CHLLEG", "PERGOV", "PERLEG"], headed.Select(e => e.Source.Code).Order(StringComparer.Ordinal));
        Assert.All(headed, e => Assert.Equal("BOL", e.Target?.Code));
    }

    [Theory]
    [InlineData("The United Nations condemned rebels in Mali on Monday.", "MLIREB")]
    [InlineData("NATO warned militants in Afghanistan on Friday.", "AFGREB")]
    public void AnActorBeforeAVerbDoesNotOwnTheGroupAfterIt(string sentence, string target)
    {
        // The verb ends the subject's noun phrase: the group after it is of the place named, not the subject's
        var coded = Only(sentence);

        Assert.Equal(target, coded.Target?.Code);
    }

    [Fact]
    public void AnActorBeforeAGroupInOneNounPhraseOwnsIt()
    {
        // Only modifiers between: the ministers are the EU's, not of the place named
        var coded = Only("European Union foreign ministers condemned the attack in Mali on Monday.");

        Assert.Equal("EU", coded.Source.Org);
    }

    [Theory]
    [InlineData("Police in Sindh arrested ten militants on Monday.", "PAKCOP")]
    [InlineData("Police in Pakistan's Punjab arrested ten militants on Monday.", "PAKCOP")]
    [InlineData("Police in the Indian state of Punjab arrested ten militants on Monday.", "INDCOP")]
    [InlineData("Police in Punjab arrested ten militants on Monday.", null)]
    public void AGroupInAStateTakesItsCountryUnlessTwoCountriesHaveOneOfTheName(string sentence, string? source)
    {
        // "Punjab" alone is India's and Pakistan's: the police are no one's until a country is named
        var events = Code(sentence);

        Assert.Equal(source, events.SingleOrDefault()?.Source.Code);
    }

    [Fact]
    public void AnAmbiguousTownTakesTheCountryTheSentenceNames()
    {
        // "Tripoli" is first Libya's capital; a sentence that calls it Lebanese means the Lebanese port
        var lebanese = Only("Police arrested dozens of protesters in Tripoli, the Lebanese port, on Monday.");
        var plain = Only("Police arrested dozens of protesters in Tripoli on Monday.");

        Assert.Equal("LBNCOP", lebanese.Source.Code);
        Assert.Equal("LBYCOP", plain.Source.Code);
    }

    [Fact]
    public void ACapitalInsideTheNameOfAPlaceOfAnotherCountryIsThatPlace()
    {
        // "Jerusalem" stands for Israel's government; "East Jerusalem" is a Palestinian place
        Assert.Equal("PSE", Only("Israeli troops raided East Jerusalem on Monday.").Target?.Code);
        Assert.Equal("ISRGOV", Only("Jordan criticized Jerusalem on Monday.").Target?.Code);
    }

    [Fact]
    public void ANationsMinorityIsACommunityOfTheCountryItLivesIn()
    {
        // a minority lives elsewhere; a population is the nation's own unless the sentence names another country's place
        var promise = Code("Slovakia pledged to protect the Hungarian minority on Monday.");
        var attack = Only("Militias attacked the Serb population in Kosovo on Monday.");
        var protest = Only("The Chinese population protested against the government on Monday.");

        Assert.NotEmpty(promise);
        Assert.All(promise, e => Assert.Equal("SVKCVL", e.Target?.Code));
        Assert.Equal("KSVCVL", attack.Target?.Code);
        Assert.Equal("CHNCVL", protest.Source.Code);
        Assert.Equal("SRBCVL", Only("Serbian police attacked the ethnic Albanian community on Monday.").Target?.Code);
    }

    [Fact]
    public void TheLeaderOfAnXLedForceIsItsActor()
    {
        var strike = Only("The Saudi-led coalition bombed Yemen on Monday.");
        var attack = Only("US-led forces attacked Iraq on Monday.");

        Assert.Equal("SAU", strike.Source.Code);
        Assert.Equal("USAMIL", attack.Source.Code);
    }

    [Fact]
    public void ABackerIsNotTheActorOfAnXBackedGroup()
    {
        // the militias are where they fight, not Iran's; "X-based" gives a country only to a group noun after it
        var attack = Only("Iranian-backed militias attacked American troops in Iraq on Sunday.");
        var criticism = Only("The London-based Amnesty International criticized Iran.");

        Assert.Equal("IRQREB", attack.Source.Code);
        Assert.Equal("AMNESTY", criticism.Source.Code);
    }

    [Fact]
    public void AGroupTakesTheCountryOfATownStruckBeforeThatOfTheAttacker()
    {
        // the civilians killed are Kharkiv's (Ukraine), not Russia's, though Russia is the sentence's first actor
        var strike = Only("A Russian missile strike killed five civilians in Kharkiv.");

        Assert.Equal("UKRCVL", strike.Target?.Code);
    }

    [Fact]
    public void AGroupOfATownIsOfItsCountry()
    {
        // "of Kharkiv" says whose residents they are, before the first actor of the sentence (Russia)
        var protest = Only("The residents of Kharkiv protested against Russia on Monday.");

        Assert.Equal("UKRCVL", protest.Source.Code);
    }

    [Fact]
    public void APlaceOfACountryNotYetFoundedBelongsToTheCountryItWasPartOf()
    {
        // South Sudan became independent on 2011-07-09: rebels near Juba in 2008 were Sudan's, in 2014 South Sudan's
        var before = Only("Rebels attacked a government convoy near Juba on Sunday.", new DateOnly(2008, 3, 5));
        var after = Only("Rebels attacked a government convoy near Juba on Sunday.", new DateOnly(2014, 3, 5));

        Assert.Equal("SDNREB", before.Source.Code);
        Assert.Equal("SSDREB", after.Source.Code);
    }

    [Fact]
    public void RadicalsAndCommunitiesWithNoCountryInSightAreCodedByTheirRole()
    {
        var attack = Only("Islamic extremist groups attacked a convoy of the United Nations.");
        var protest = Only("Sunnis protested against the new constitution.");

        Assert.Equal("---RAD", attack.Source.Code);
        Assert.Equal("---CVL", protest.Source.Code);
        Assert.Empty(Code("Protesters attacked the police."));
    }
}
