namespace Parley.Tests.Events;

/// <summary>
/// Readings the CAMEO codebook asks for: a capital visited is its country, a judged event in a passive subject is no
/// event of its own, a refused infinitive acts on what its object noun comes from, an event that only sets the time
/// is no object, a meeting with no place named is a consultation, titles written in lower case, and a country's
/// possessive before a person.
/// </summary>
public sealed partial class DocumentCoderTests
{
    [Fact]
    public void ACapitalVisitedIsItsCountryNotItsGovernment()
    {
        var events = Code("The Chilean president visited Lima on Friday.");

        Assert.Contains(events, e => e.Code.Code.Value == "042" && e.Source.Code == "CHLGOV" && e.Target?.Code == "PER");
        Assert.Contains(events, e => e.Code.Code.Value == "043" && e.Source.Code == "PER" && e.Target?.Code == "CHLGOV");
    }

    [Fact]
    public void AJudgedEventInAPassiveSubjectIsNoEventOfItsOwn()
    {
        // As in the active "Poland condemned Russian missile strikes on Odesa": only the condemnation.
        var condemnation = Only("Russian missile strikes on Odesa were condemned by Poland.");

        Assert.Equal("111", condemnation.Code.Code.Value);
        Assert.Equal("POL", condemnation.Source.Code);
        Assert.Equal("RUS", condemnation.Target?.Code);
    }

    [Fact]
    public void ARefusedInfinitiveActsOnWhatItsObjectComesFrom()
    {
        var refusal = Assert.Single(Code("Honduras refused to accept migrant flights from Mexico."), e => e.Code.Code.Root == "12");

        Assert.Equal("HND", refusal.Source.Code);
        Assert.Equal("MEX", refusal.Target?.Code);
    }

    [Fact]
    public void AnEventThatSetsTheTimeIsNoObject()
    {
        // "after talks in Nairobi" says when they agreed, not with whom: the two agree with each other.
        var truce = Code("Sudan and Chad agreed to a truce after talks in Nairobi.").Where(e => e.Code.Code.Value == "0871").ToList();

        Assert.Equal("SDN>TCD TCD>SDN", string.Join(" ", truce.Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order()));
    }

    [Fact]
    public void AMeetingWithNoPlaceNamedIsAConsultation()
    {
        // The codebook's note on 040: with no place named, nothing says the meeting was at a third place (044).
        var meetings = Code("A summit between Ghana and Togo took place on Monday.");
        Assert.NotEmpty(meetings);
        Assert.All(meetings, e => Assert.Equal("040", e.Code.Code.Value));

        Assert.Contains(Code("Ghana and Togo held a summit in Geneva on Monday."), e => e.Code.Code.Value == "044");
    }

    [Fact]
    public void ThePontiffIsThePopeInOffice()
    {
        var meeting = Assert.Single(Code("The pontiff met Kenyan President William Ruto on Monday.", new DateOnly(2024, 3, 4)), e => e.Source.Code == "VATGOV");

        Assert.Equal("KENGOV", meeting.Target?.Code);
    }

    [Fact]
    public void ACountrysPossessiveBeforeAPersonNamesThePerson()
    {
        var hosting = Assert.Single(Code("Egypt hosted Jordan's King Abdullah II in Cairo.", new DateOnly(2024, 5, 20)), e => e.Code.Code.Value == "043");

        Assert.Equal("JORGOV", hosting.Target?.Code);
    }

    [Fact]
    public void TheTwoLeadersAreThePeopleOfTheSentenceBefore()
    {
        var signed = Code("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi. The two leaders signed a trade agreement.", new DateOnly(2024, 5, 20))
            .Where(e => e.Code.Code.Value == "057").Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order();

        Assert.Equal("KENGOV>UGAGOV UGAGOV>KENGOV", string.Join(" ", signed));
    }
}
