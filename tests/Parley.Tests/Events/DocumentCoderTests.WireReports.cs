using Parley.Coding;

namespace Parley.Tests.Events;

/// <summary>
/// Constructions of wire reports found by coding unseen news: "the two leaders" of the next sentence, "reached no
/// agreement", "met in Busan, South Korea", a long speaker after a comma, ", and X launched …", "Jordan's King Abdullah II".
/// </summary>
public sealed partial class DocumentCoderTests
{
    [Fact]
    public void TheTwoLeadersOfANewSentenceStandForTheParticipantsOfTheSentenceBefore()
    {
        var events = Code("Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday. The two leaders signed a trade agreement.");
        var reported = Code("Ruto spoke with Museveni by phone on Monday. Kenyan officials said the two leaders agreed to meet.");

        // Not a group of Kenya (the place, or the first actor): each of the two named before.
        Assert.Equal(["KENGOV", "UGAGOV"], events.Where(e => e.Code.Code.Root == "05").Select(e => e.Source.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["KENGOV", "UGAGOV"], reported.Where(e => e.Code.Code.Value == "036").Select(e => e.Source.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Serbia and Kosovo held talks in Brussels on Monday but reached no agreement.", "057")]
    [InlineData("Armenia signed no agreement with Turkey on Monday.", "057")]
    public void NoBeforeTheObjectNegatesTheAct(string sentence, string code)
    {
        var events = Code(sentence).Where(e => e.Code.Code.Value == code).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Modality.Negated, e.Modality));
    }

    [Fact]
    public void NoThatAPatternNamesIsNoNegation()
    {
        // "no comment" is the pattern's own word: declining to comment happened.
        var coded = Assert.Single(Code("Russia offered no comment on Monday."), e => e.Code.Code.Value == "011");

        Assert.Equal(Modality.Asserted, coded.Modality);
    }

    [Fact]
    public void ACountryAfterATownNamedAfterInSaysWhereTheTownIs()
    {
        var events = Code("Modi and Xi met in Kazan, Russia, on Wednesday.");

        // They met each other at a third place; Russia is where, not whom.
        Assert.Equal(["CHNGOV>INDGOV", "INDGOV>CHNGOV"], events.Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal("044", e.Code.Code.Value));
    }

    [Fact]
    public void ALongSpeakerAfterACommaIsNotTheObject()
    {
        var events = Code("Armenia and Azerbaijan agreed to a ceasefire after days of heavy fighting, Russian Foreign Minister Sergei Lavrov said.");

        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Target?.Code == "RUSGOV" || e.Source.Code == "RUSGOV");
    }

    [Fact]
    public void AnActorAfterACommaAndAndOpensAClauseOfItsOwn()
    {
        var events = Code("Greek and Turkish troops clashed near the border on Sunday, and Greece recalled its ambassador from Ankara.");

        // The clash is between the two armies; Greece is the subject of "recalled", not a party to the clash.
        var clash = events.Where(e => e.Code.Code.Value == "190").Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order(StringComparer.Ordinal);
        Assert.Equal(["GRCMIL>TURMIL", "TURMIL>GRCMIL"], clash);
    }

    [Fact]
    public void APossessiveCountryBeforeANameIsThePersonsCountryNotTheActor()
    {
        var coded = Assert.Single(Code("Sisi received Jordan's King Abdullah II in Cairo on Thursday.", new DateOnly(2025, 2, 27)), e => e.Source.Code == "EGYGOV");

        Assert.Equal("JORGOV", coded.Target?.Code);
    }
}
