namespace Parley.Tests.Events;

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Police detained twelve students in the Indian state of Punjab.", "Punjab", "IND")]
    [InlineData("Pakistani troops shelled rebel positions near the restive northern town of Lakmar.", null, null)]
    [InlineData("Soldiers arrested ten smugglers in the southern province of Sindh.", "Sindh", "PAK")]
    [InlineData("Kenyan police arrested ten protesters in the capital of Kenya.", "Kenya", "KEN")]
    public void APlaceDescribedBeforeItsNameIsFoundAfterOf(string sentence, string? place, string? country)
    {
        // "in the [adjectives] state/province/town of NAME": the words before "of" describe the place; a country
        // adjective among them says whose it is. An unknown town ("Lakmar") is no place.
        var coded = Assert.Single(Code(sentence));

        Assert.Equal(place, coded.Location?.Name);
        Assert.Equal(country, coded.Location?.Country);
    }

    [Theory]
    [InlineData("Police arrested ten protesters in the restive northwestern city of Peshawar.", "PAKCOP")]
    [InlineData("Police arrested ten protesters in the Indian state of Punjab.", "INDCOP")]
    public void AGroupTakesTheCountryOfADescribedPlace(string sentence, string source)
    {
        // A group named without a country is of the place the sentence happens in, however the place is described.
        Assert.Equal(source, Code(sentence)[0].Source.Code);
    }

    [Theory]
    [InlineData("ISLAMABAD, Oct 30 (Reuters) - Pakistani police arrested ten smugglers in Punjab.", "PAK")]
    [InlineData("NEW DELHI, Oct 30 (Reuters) - Indian police arrested ten smugglers in Punjab.", "IND")]
    [InlineData("Indian police arrested ten smugglers in Punjab.", null)]
    public void TheDatelineSettlesARegionNameTwoCountriesShare(string text, string? country)
    {
        // "Punjab" is India's and Pakistan's; a dateline in one of them says which is meant, and without one (an actor
        // is not where it acts) the country stays unknown.
        var coded = Assert.Single(Code(text));

        Assert.Equal("Punjab", coded.Location?.Name);
        Assert.Equal(country, coded.Location?.Country);
    }

    [Theory]
    [InlineData("The Pope called for a ceasefire in Gaza.", "2024-03-10", "Pope Francis")]
    [InlineData("The Pope appealed for peace in Bosnia.", "1995-03-10", "Pope John Paul II")]
    [InlineData("In Rome, the pope called for a ceasefire in Gaza.", "2024-03-10", "Pope Francis")]
    [InlineData("Pope Benedict criticised the blockade of Gaza.", "2010-03-10", "Pope Benedict XVI")]
    [InlineData("Pope Leo called for a ceasefire in Gaza.", "2025-06-01", "Pope Leo XIV")]
    public void ThePopeIsThePopeOfTheDay(string sentence, string date, string name)
    {
        // A title news uses alone for the one holder of an office resolves to the holder on the event's date, in lower
        // case too after "the".
        var coded = Assert.Single(Code(sentence, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("VATGOV", coded.Source.Code);
        Assert.Equal(name, coded.Source.Name);
    }

    [Fact]
    public void ThePopeTitleBeforeAnotherNameIsNotThePopeOfTheDay()
    {
        // "Pope Tawadros II" heads the Coptic church: the title before a name the dictionary does not know is someone else's.
        var events = Code("Pope Tawadros II condemned the attack on the church.", new DateOnly(2024, 3, 10));

        Assert.DoesNotContain(events, e => e.Source.Code == "VATGOV");
    }

    [Theory]
    [InlineData("Opposition supporters clashed with police in Nairobi.", "KENOPP")]
    [InlineData("Opposition members boycotted the session of parliament in Kampala.", "UGAOPP")]
    public void OppositionSupportersAreTheOpposition(string sentence, string source)
    {
        Assert.Equal(source, Code(sentence)[0].Source.Code);
    }

    [Theory]
    [InlineData("A Russian missile strike on Kharkiv killed five civilians.", "UKR")]
    [InlineData("The Israeli air strike on Gaza City killed twelve people on Monday.", "PSE")]
    public void AStrikeOnATownActsOnTheTownNotOnThoseTheNextVerbKilled(string sentence, string target)
    {
        // "on Kharkiv killed five civilians": the words a TARGET slot steps over hold the finite verb of another clause,
        // so its object is not the strike's target; the town struck stands for its country.
        var coded = Assert.Single(Code(sentence));

        Assert.Equal("195", coded.Code.Code.Value);
        Assert.Equal(target, coded.Target?.Code);
    }

    [Fact]
    public void ASlotStillStepsOverAParticipleRightAfterThePatternsWord()
    {
        // "proposed" right after "rejected" has no subject before it: it is an adjective of the object, not a verb.
        var coded = Code("Serbia rejected proposed Albanian changes to the plan.")[0];

        Assert.Equal("ALB", coded.Target?.Code);
    }

    [Theory]
    [InlineData("Russian troops captured Bakhmut on Saturday.", "RUSMIL", "UKR")]
    [InlineData("The Ethiopian army seized Gondar on Monday.", "ETHMIL", "ETH")]
    [InlineData("Bakhmut was captured by Russian troops on Saturday.", "RUSMIL", "UKR")]
    public void ATownCapturedIsTheTerritoryOccupiedOfItsCountry(string sentence, string source, string target)
    {
        // "capture $PLACES" names the places taken by kind (town, city); a town the gazetteer knows is one, and it
        // stands for its country as the target. "seize $PLACES" (192) wins over the bare "seize" (171), and in the
        // passive over "capture TARGET" (173, an arrest), whose object slot the passive subject cannot fill.
        var coded = Assert.Single(Code(sentence));

        Assert.Equal("192", coded.Code.Code.Value);
        Assert.Equal(source, coded.Source.Code);
        Assert.Equal(target, coded.Target?.Code);
    }
}
