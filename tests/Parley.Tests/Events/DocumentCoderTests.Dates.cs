using Parley.Events;

namespace Parley.Tests.Events;

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Turkey criticized Greece on Oct. 28.", "2022-10-28", DatePrecision.Day)]
    [InlineData("Turkey criticized Greece on October 28, 2021.", "2021-10-28", DatePrecision.Day)]
    [InlineData("Turkey criticized Greece on 28 October 2021.", "2021-10-28", DatePrecision.Day)]
    [InlineData("On 2021-10-28 Turkey criticized Greece.", "2021-10-28", DatePrecision.Day)]
    [InlineData("Turkey criticized Greece in March 2021.", "2021-03-01", DatePrecision.Month)]
    [InlineData("Turkey criticized Greece in September.", "2022-09-01", DatePrecision.Month)]
    [InlineData("Turkey criticized Greece in December.", "2021-12-01", DatePrecision.Month)]
    [InlineData("In 2020, Turkey criticized Greece.", "2020-01-01", DatePrecision.Year)]
    [InlineData("Turkey criticized Greece yesterday.", "2022-11-01", DatePrecision.Day)]
    [InlineData("Turkey criticized Greece three days ago.", "2022-10-30", DatePrecision.Day)]
    [InlineData("Turkey criticized Greece last week.", "2022-10-24", DatePrecision.Week)]
    [InlineData("Turkey criticized Greece last month.", "2022-10-01", DatePrecision.Month)]
    [InlineData("Turkey criticized Greece on Monday.", "2022-10-31", DatePrecision.Day)]
    [InlineData("Turkey criticized Greece on Wednesday.", "2022-11-02", DatePrecision.Day)]
    [InlineData("Turkey criticized Greece on Thursday.", "2022-10-27", DatePrecision.Day)]
    [InlineData("Turkey criticized Greece.", "2022-11-02", DatePrecision.Publication)]
    public void TheSentenceDateIsReadInItsNewsForm(string sentence, string expected, DatePrecision precision)
    {
        var coded = Only(sentence);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), coded.Date);
        Assert.Equal(precision, coded.DatePrecision);
        Assert.Contains(coded.Explanation.Rules, r => r.StartsWith("date:", StringComparison.Ordinal));
    }

    [Fact]
    public void AWeekdayInTheFutureTenseIsTheNextSuchDay()
    {
        // (The announcement itself is also coded, as an asserted intent to meet dated on the publication day.)
        var coded = Assert.Single(Code("The Turkish president will meet the Greek prime minister on Friday."), e => e.Code.Code.Root == "04");

        Assert.Equal(new DateOnly(2022, 11, 4), coded.Date);
        Assert.Equal(Parley.Coding.Modality.Future, coded.Modality);
    }

    [Fact]
    public void AHistoricalMentionGetsItsOwnDateNotTheArticles()
    {
        var events = Code("Armenia accused Azerbaijan of shelling on Monday. In 2016, Azerbaijan attacked Armenia.");

        Assert.Contains(events, e => e.Code.Code.Root == "11" && e.Date == new DateOnly(2022, 10, 31));
        var war = Assert.Single(events, e => e.Code.Code.Root == "19");
        Assert.Equal(new DateOnly(2016, 1, 1), war.Date);
        Assert.Equal(DatePrecision.Year, war.DatePrecision);
    }

    [Fact]
    public void PeopleAreResolvedOnTheEventDateNotThePublicationDate()
    {
        // Nikol Pashinyan sat in the opposition until May 2018 and has been prime minister since.
        var in2016 = Only("In 2016, Nikol Pashinyan criticized Azerbaijan.");
        var now = Only("Nikol Pashinyan criticized Azerbaijan.");

        Assert.Equal("ARMOPP", in2016.Source.Code);
        Assert.Equal("ARMGOV", now.Source.Code);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void EachEventTakesTheDateNearestItsWords()
    {
        var events = Code("In 2016 Azerbaijan attacked Armenia, and on Monday Armenia accused Azerbaijan of aggression.");

        Assert.Equal(new DateOnly(2016, 1, 1), Assert.Single(events, e => e.Code.Code.Root == "19").Date);
        Assert.Equal(new DateOnly(2022, 10, 31), Assert.Single(events, e => e.Code.Code.Root == "11").Date);
    }
}
