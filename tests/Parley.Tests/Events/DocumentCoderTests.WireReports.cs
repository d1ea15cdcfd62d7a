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

    [Fact]
    public void AParticipleClauseAfterACommaHasObjectsOfItsOwn()
    {
        var events = Code("Israel struck Gaza on Monday, drawing condemnation from Egypt.");

        // Egypt is the one who condemned, not the one struck; the strike's target is the place struck.
        Assert.Contains(events, e => e.Code.Code.Root == "19" && e.Source.Code == "ISR" && e.Target?.Code == "PSE");
        Assert.Contains(events, e => e.Code.Code.Root == "11" && e.Source.Code == "EGY" && e.Target?.Code == "ISR");
        Assert.DoesNotContain(events, e => e.Source.Code == "ISR" && e.Target?.Code == "EGY");
    }

    [Theory]
    [InlineData("Russian forces shelled the outskirts of Kharkiv on Monday.")]
    [InlineData("A Russian missile strike on the centre of Odesa killed five people on Monday.")]
    public void APlaceNamedAfterAPartOfItIsThePlaceStruck(string sentence)
    {
        var coded = Only(sentence);

        // One event: the strike on Ukraine; "killed" tells the strike again.
        Assert.Equal("UKR", coded.Target?.Code);
        Assert.Equal("19", coded.Code.Code.Root);
    }

    [Theory]
    [InlineData("Russia launched a missile strike on Odesa on Monday, which killed five people.")]
    [InlineData("Kenya blamed Somalia for the bombing in Mandera on Sunday, which killed ten people.")]
    public void WhichAfterAnEventNounTellsThatEventAgain(string sentence)
    {
        var events = Code(sentence);

        Assert.DoesNotContain(events, e => e.Code.Code.Value == "1823");
        Assert.NotEmpty(events);
    }

    [Fact]
    public void AReducedRelativeAfterACoordinatedObjectIsAllegedNotDone()
    {
        var events = Code("Kenyan police arrested three students and a British national accused of organising the protests.");

        // Two arrests; neither the accusation (nobody named made it) nor the protests (alleged) are events.
        Assert.All(events, e => Assert.Equal("173", e.Code.Code.Value));
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void APossessiveWeekdayDatesItsNounNotTheClause()
    {
        // Published on Thursday 2025-04-24: the blame is of that day; the attack was on Tuesday.
        var blame = Only("India blamed Pakistan on Thursday for Tuesday's attack on tourists.", new DateOnly(2025, 4, 24));
        var ahead = Only("Moldova accused Russia of meddling ahead of Sunday's election.", new DateOnly(2025, 9, 25));

        Assert.Equal(new DateOnly(2025, 4, 24), blame.Date);
        Assert.Equal(new DateOnly(2025, 9, 25), ahead.Date);
    }

    [Fact]
    public void AReactionInAParticipleClauseIsToTheSubjectBeforeTheComma()
    {
        var events = Code("Israel struck Hezbollah commanders in Beirut on Friday, drawing condemnation from France.");

        // France condemned Israel, which struck, not the commanders struck.
        Assert.Contains(events, e => e.Code.Code.Root == "11" && e.Source.Code == "FRA" && e.Target?.Code == "ISR");
        Assert.DoesNotContain(events, e => e.Source.Code == "FRA" && e.Target?.Code != "ISR");
    }

    [Fact]
    public void BothSidesOfANewSentenceStandForThePartiesOfTheSentenceBefore()
    {
        var events = Code("Armenia and Azerbaijan held talks in Abu Dhabi on Monday. The two sides agreed to exchange prisoners.");

        // Each takes the role of "sides" (a government), as "both governments" does.
        Assert.Equal(["ARMGOV>AZEGOV", "AZEGOV>ARMGOV"], events.Where(e => e.Code.Code.Root == "03").Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order(StringComparer.Ordinal));
    }
}
