using Parley.Events;

namespace Parley.Tests.Events;

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void ADatelineGivesPlaceAndDate()
    {
        var coded = Only("ANKARA, Oct 30 (Reuters) - Turkey criticized Greece.");

        Assert.Equal(new DateOnly(2022, 10, 30), coded.Date);
        Assert.Equal(DatePrecision.Day, coded.DatePrecision);
        Assert.Equal("Ankara", coded.Location?.Name);
        Assert.Contains(coded.Explanation.Rules, r => r.Contains("dateline", StringComparison.Ordinal));
    }

    [Fact]
    public void WeekdaysCountFromTheDatelineDate()
    {
        // 30 October 2022 was a Sunday: "on Friday" is 28 October, not the Friday before publication.
        var events = Code("ANKARA, Oct 30 (Reuters) - Turkey criticized Greece. On Friday, Turkey accused Greece.");

        Assert.Contains(events, e => e.Code.Code.Value == "112" && e.Date == new DateOnly(2022, 10, 28));
    }

    [Fact]
    public void ADatelineInCapitalsWithoutADateGivesThePlaceOnly()
    {
        var coded = Only("ATHENS - Greece criticized Turkey.");

        Assert.Equal("Athens", coded.Location?.Name);
        Assert.Equal(DatePrecision.Publication, coded.DatePrecision);
        Assert.Equal("GRC", coded.Source.Code);
    }

    [Fact]
    public void APlaceInTheSentenceBeatsTheDateline()
    {
        var coded = Only("ATHENS - Greece met Turkey in Ankara.");

        Assert.Equal("Ankara", coded.Location?.Name);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void AHeadlineInCapitalsIsNoDateline()
    {
        var events = Code("NATO - Russia criticized Turkey.");

        Assert.All(events, e => Assert.Null(e.Location));
        Assert.All(events, e => Assert.DoesNotContain(e.Explanation.Rules, r => r.Contains("dateline", StringComparison.Ordinal)));
    }
}
