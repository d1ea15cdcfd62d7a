namespace Parley.Tests.Events;

/// <summary>
/// Constructions found by coding unseen news-style sentences: violence against a place abroad is aimed at that place's
/// country (other events in a place are not), allies and met pairs, participles used as adjectives.
/// </summary>
public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Chadian aircraft bombed a fuel depot in Libya on Monday.", "TCD", "LBY")]
    [InlineData("Peruvian troops shelled a camp in Ecuador's El Oro province.", "PER", "ECU")]
    [InlineData("Iranian drones struck a warehouse in Erbil overnight.", "IRN", "IRQ")]
    public void ViolenceAgainstAPlaceAbroadTargetsItsCountry(string sentence, string source, string target)
    {
        var attack = Assert.Single(Code(sentence), e => e.Code.Code.RootNumber is >= 18 and <= 20);

        Assert.Equal(source, attack.Source.Country);
        Assert.Equal(target, attack.Target?.Code);
        Assert.Contains(attack.Explanation.Rules, r => r.StartsWith("target:", StringComparison.Ordinal) && r.Contains("place struck", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chilean police attacked a march in Santiago.")]
    [InlineData("Peru and Ecuador held talks in Lima.")]
    [InlineData("Bolivia condemned the violence in Quito.")]
    public void APlaceIsNoTargetAtHomeOrForAnythingButViolence(string sentence)
    {
        Assert.All(Code(sentence), e => Assert.DoesNotContain(e.Explanation.Rules, r => r.Contains("place struck", StringComparison.Ordinal)));
    }

    [Fact]
    public void AMonthAfterInIsATimeNotATown()
    {
        var agreement = Assert.Single(Code("Chile and Peru signed a fisheries accord in March 2021."), e => e.Source.Code == "CHL");

        Assert.Null(agreement.Location);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void WhoMeetsTwoLeadersMeetsEachOfThem()
    {
        var meetings = Code("The Russian foreign minister met Aliyev and Pashinyan in Moscow on Monday.").Where(e => e.Code.Code.Root == "04").ToList();

        Assert.All(meetings, e => Assert.Equal("RUSGOV", e.Source.Code));
        Assert.Equal("ARMGOV AZEGOV", string.Join(" ", meetings.Select(e => e.Target?.Code).Order()));
    }

    [Fact]
    public void AnAllyAfterAlongsideIsNoTarget()
    {
        // Fighting on someone's side is no fight against them; the lexicon codes it as military cooperation (062).
        var events = Code("Belarusian troops are fighting alongside Russian forces near Kursk.");
        Assert.DoesNotContain(events, e => e.Code.Code.Root == "19" && e.Target?.Code == "RUSMIL");
        Assert.Contains(events, e => e.Code.Code.Value == "062" && e.Target?.Code == "RUSMIL");
    }
}

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Ghana's army rescued 40 kidnapped schoolchildren.")]
    [InlineData("Chadian soldiers found 12 murdered villagers.")]
    public void AParticipleBetweenANumberAndANounIsAnAdjective(string sentence)
    {
        Assert.All(Code(sentence), e => Assert.NotEqual("18", e.Code.Code.Root));
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void AGerundAfterACommaIsTheSubjectsActAndAfterAPrepositionANoun()
    {
        Assert.Contains(Code("Chile ended its boycott on Monday, restoring full diplomatic relations with Peru."), e => e.Source.Code == "CHL" && e.Target?.Code == "PER");
        Assert.DoesNotContain(Code("Chile spoke on Monday about restoring diplomatic relations with Peru."), e => e.Target?.Code == "PER");
    }
}

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Russian attacks on Kharkiv were condemned by Germany.", "DEU", "RUS")]
    [InlineData("Ethiopian air strikes on Mekelle's outskirts were criticized by Kenya.", "KEN", "ETH")]
    public void APassiveWithANounEventAsSubjectActsOnTheEventsAgent(string sentence, string source, string target)
    {
        var judged = Assert.Single(Code(sentence), e => e.Code.Code.Root == "11");

        Assert.Equal(source, judged.Source.Code);
        Assert.Equal(target, judged.Target?.Code);
    }

    [Fact]
    public void APassiveWithAnActorAsSubjectStillActsOnIt()
    {
        var judged = Assert.Single(Code("Chile was criticized by Peru."), e => e.Code.Code.Root == "11");

        Assert.Equal("CHL", judged.Target?.Code);
    }

    [Theory]
    [InlineData("Egypt and Sudan held talks in Cairo under Saudi mediation.")]
    [InlineData("Egypt and Sudan signed an accord under the mediation of Saudi Arabia.")]
    public void AMediatorNamedInAnAdjunctMediatesForTheSubjects(string sentence)
    {
        var pairs = Code(sentence).Where(e => e.Code.Code.Value == "045").Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order().ToList();

        Assert.Equal(["SAU>EGY", "SAU>SDN"], pairs);
    }

    [Theory]
    [InlineData("The Turkish foreign ministry summoned the Greek ambassador over the incident.", "114", "GRC")]
    [InlineData("Chile ordered the Peruvian ambassador to leave.", "161", "PER")]
    public void APatternWordMayBeTheHeadNounOfAnActorsName(string sentence, string code, string target)
    {
        var coded = Assert.Single(Code(sentence));

        Assert.Equal(code, coded.Code.Code.Value);
        Assert.Equal(target, coded.Target?.Country);
    }

    [Theory]
    [InlineData("Ghana and Togo agreed to build a new road.")]
    [InlineData("Ghana and Togo agreed on a joint border patrol.")]
    public void CoordinatedSubjectsAgreeingWithNobodyElseNamedAgreeWithEachOther(string sentence)
    {
        var pairs = Code(sentence).Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order().ToList();

        Assert.Equal(["GHA>TGO", "TGO>GHA"], pairs);
    }

    [Fact]
    public void CoordinatedSubjectsAgreeingToActOnSomeoneElseActOnIt()
    {
        Assert.All(Code("Ghana and Togo agreed to send troops to Mali."), e => Assert.Equal("MLI", e.Target?.Code));
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void TheAgentIsTheNounPhraseRightAfterBy()
    {
        // "pirates" is the agent; Somalia, after a preposition of its own, is where the attack happened.
        Assert.DoesNotContain(Code("Kenyan sailors rescued the crew of a tanker attacked by pirates off Somalia."), e => e.Source.Code == "SOM");
        Assert.Contains(Code("A tanker was attacked by the Somali navy."), e => e.Source.Country == "SOM");
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void APlaceAfterOffIsWhereNotWhom()
    {
        Assert.All(Code("The Kenyan navy rescued fishermen off Somalia."), e => Assert.Null(e.Target));
    }
}

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("The Chilean president met the Peruvian president in Quito on Monday.", "044")]
    [InlineData("The Chilean president met the Peruvian president in Lima on Monday.", "040")]
    [InlineData("Chile and Peru met in Santiago.", "040")]
    [InlineData("Chile and Peru met in Geneva.", "044")]
    public void AMeetingIsAtAThirdLocationOnlyWhereNeitherSideIsAtHome(string sentence, string code)
    {
        var meetings = Code(sentence).Where(e => e.Code.Code.Root == "04").ToList();

        Assert.NotEmpty(meetings);
        Assert.All(meetings, e => Assert.Equal(code, e.Code.Code.Value));
        Assert.All(meetings, e => Assert.NotNull(e.Target));
    }
}
