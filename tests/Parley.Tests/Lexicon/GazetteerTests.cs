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
    [InlineData("Zaporizhzhia", "UKR", PlaceKind.City)]
    [InlineData("Mariupol", "UKR", PlaceKind.City)]
    [InlineData("Stepanakert", "AZE", PlaceKind.City)]
    [InlineData("Khankendi", "AZE", PlaceKind.City)]
    [InlineData("Tskhinvali", "GEO", PlaceKind.City)]
    [InlineData("Sukhumi", "GEO", PlaceKind.City)]
    public void KnowsCitiesCapitalsAndRegions(string name, string country, PlaceKind kind)
    {
        var text = AnalyzedText.Analyze(name);
        var length = Gazetteer.Default.Match(text, 0, text.Tokens.Count, out var place);
        Assert.Equal(text.Tokens.Count, length);
        Assert.NotNull(place);
        Assert.Equal(country, place.Country);
        Assert.Equal(kind, place.Kind);
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
}
