using Parley.Events;
using Parley.Lexicon.Places;
using Parley.Text;

namespace Parley.Tests.Lexicon;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("Sochi", "RUS", PlaceKind.City)]
    [InlineData("Astana", "KAZ", PlaceKind.Capital)]
    [InlineData("Yerevan", "ARM", PlaceKind.Capital)]
    [InlineData("Nagorno-Karabakh", "AZE", PlaceKind.Region)]
    [InlineData("Karabakh", "AZE", PlaceKind.Region)]
    [InlineData("Crimea", "UKR", PlaceKind.Region)]
    [InlineData("Gaza Strip", "PSE", PlaceKind.Region)]
    [InlineData("Kharkiv", "UKR", PlaceKind.City)]
    [InlineData("Almaty", "KAZ", PlaceKind.City)]
    [InlineData("Nur-Sultan", "KAZ", PlaceKind.Capital)]
    [InlineData("Kyiv", "UKR", PlaceKind.Capital)]
    [InlineData("Kiev", "UKR", PlaceKind.Capital)]
    [InlineData("Bishkek", "KGZ", PlaceKind.Capital)]
    [InlineData("Chisinau", "MDA", PlaceKind.Capital)]
    [InlineData("Kharkov", "UKR", PlaceKind.City)]
    [InlineData("Odesa", "UKR", PlaceKind.City)]
    [InlineData("Odessa", "UKR", PlaceKind.City)]
    [InlineData("Mumbai", "IND", PlaceKind.City)]
    [InlineData("Yangon", "MMR", PlaceKind.City)]
    [InlineData("Dnipro", "UKR", PlaceKind.City)]
    [InlineData("Kramatorsk", "UKR", PlaceKind.City)]
    [InlineData("Kupyansk", "UKR", PlaceKind.City)]
    [InlineData("Chasiv Yar", "UKR", PlaceKind.City)]
    [InlineData("Sudzha", "RUS", PlaceKind.City)]
    [InlineData("Kidal", "MLI", PlaceKind.City)]
    [InlineData("Mekelle", "ETH", PlaceKind.City)]
    [InlineData("Wad Medani", "SDN", PlaceKind.City)]
    [InlineData("Zaporizhzhia", "UKR", PlaceKind.City)]
    [InlineData("Mariupol", "UKR", PlaceKind.City)]
    [InlineData("Stepanakert", "AZE", PlaceKind.City)]
    [InlineData("Khankendi", "AZE", PlaceKind.City)]
    [InlineData("Tskhinvali", "GEO", PlaceKind.City)]
    [InlineData("Sukhumi", "GEO", PlaceKind.City)]
    // Towns GeoNames lists only under other transliterations ("Al Basrah").
    [InlineData("Basra", "IRQ", PlaceKind.City)]
    [InlineData("Raqqa", "SYR", PlaceKind.City)]
    [InlineData("Hodeidah", "YEM", PlaceKind.City)]
    [InlineData("Khan Younis", "PSE", PlaceKind.City)]
    [InlineData("Mazar-i-Sharif", "AFG", PlaceKind.City)]
    public void KnowsCitiesCapitalsAndRegions(string name, string country, PlaceKind kind)
    {
        var text = AnalyzedText.Analyze(name);
        var length = Gazetteer.Default.Match(text, 0, text.Tokens.Count, out var place);
        Assert.Equal(text.Tokens.Count, length);
        Assert.NotNull(place);
        Assert.Equal(country, place.Country);
        Assert.Equal(kind, place.Kind);
    }

    [Theory]
    [InlineData("Texas", "USA")]
    [InlineData("New South Wales", "AUS")]
    [InlineData("Borno", "NGA")]
    [InlineData("Gujarat", "IND")]
    [InlineData("Sindh", "PAK")]
    [InlineData("Bavaria", "DEU")]
    [InlineData("Scotland", "GBR")]
    public void KnowsStatesAndProvinces(string name, string country)
    {
        var text = AnalyzedText.Analyze(name);
        Assert.Equal(text.Tokens.Count, Gazetteer.Default.Match(text, 0, text.Tokens.Count, out var place));
        Assert.Equal(country, place!.Country);
        Assert.Equal(PlaceKind.Region, place.Kind);
        Assert.False(Gazetteer.Default.IsUndecided(place));
    }

    [Theory]
    [InlineData("Georgia")]   // the country, not the US state
    [InlineData("Mexico")]    // the country, not the Mexican state
    [InlineData("Niger")]     // the country, not the Nigerian state
    [InlineData("Islamabad")] // the capital, not the Pakistani division
    [InlineData("Beijing")]   // the capital, not the Chinese municipality
    public void AStateNeverTakesTheNameOfACountryOrACapital(string name)
    {
        var text = AnalyzedText.Analyze(name);
        Gazetteer.Default.Match(text, 0, text.Tokens.Count, out var place);

        Assert.True(place is null || place.Kind != PlaceKind.Region, $"{name} is a region of {place?.Country}");
    }

    [Fact]
    public void ARegionNameOfTwoCountriesIsUndecided()
    {
        // "Punjab" is a state of India and a province of Pakistan: only a country the sentence names decides
        var text = AnalyzedText.Analyze("Punjab");
        Gazetteer.Default.Match(text, 0, 1, out var place);

        Assert.NotNull(place);
        Assert.True(Gazetteer.Default.IsUndecided(place));
        Assert.True(place.Country == "PAK" ? Gazetteer.Default.NameIsAlsoIn(place, "IND") : Gazetteer.Default.NameIsAlsoIn(place, "PAK"));
    }

    [Fact]
    public void AStateAfterATownOfTheSameNameAbroad()
    {
        // "Hyderabad" is first the Indian city, not the Pakistani division of that name
        var text = AnalyzedText.Analyze("Hyderabad");
        Gazetteer.Default.Match(text, 0, 1, out var place);

        Assert.Equal("IND", place!.Country);
        Assert.Equal(PlaceKind.City, place.Kind);
    }

    [Fact]
    public void AmbiguousNamesGoToTheMostPopulousPlace()
    {
        var text = AnalyzedText.Analyze("Paris");
        Gazetteer.Default.Match(text, 0, 1, out var place);
        Assert.Equal("FRA", place!.Country);
    }

    [Fact]
    public void SizeAndProvenanceAreRecorded()
    {
        Assert.InRange(Gazetteer.Default.Places.Count, 20_000, 40_000);
        Assert.Contains("GeoNames", Gazetteer.Default.VersionId, StringComparison.Ordinal);
        Assert.Contains("provinces 1.11.0", Gazetteer.Default.VersionId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Putin met Erdogan in Sochi.", "Sochi", "RUS", LocationPrecision.City)]
    [InlineData("Azerbaijan attacked Armenian positions in Nagorno-Karabakh.", "Nagorno-Karabakh", "AZE", LocationPrecision.Region)]
    [InlineData("Russia criticized Georgia in Tbilisi.", "Tbilisi", "GEO", LocationPrecision.City)]
    public void EventsGetTheirPlace(string sentence, string name, string country, LocationPrecision precision)
    {
        var result = DocumentCoder.CreateDefault().Code(new SourceDocument("d", sentence, new DateOnly(2022, 10, 31), null, null, null, "d"));
        var location = Assert.Single(result.Events).Location;
        Assert.NotNull(location);
        Assert.Equal(name, location.Name);
        Assert.Equal(country, location.Country);
        Assert.Equal(precision, location.Precision);
        Assert.NotNull(location.Latitude);
    }

    [Fact]
    public void AStateIsAnEventsPlaceWithoutCoordinates()
    {
        var result = DocumentCoder.CreateDefault().Code(new SourceDocument("d", "Police in Texas arrested ten protesters.", new DateOnly(2022, 10, 31), null, null, null, "d"));
        var coded = Assert.Single(result.Events);

        Assert.Equal("USACOP", coded.Source.Code);
        Assert.Equal(new EventLocation("Texas", "USA", null, null, LocationPrecision.Region), coded.Location);
    }
}
