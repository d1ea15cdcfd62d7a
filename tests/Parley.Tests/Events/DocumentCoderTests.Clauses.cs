using Parley.Coding;

namespace Parley.Tests.Events;

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void ReportedSpeechCodesTheReportedEvent()
    {
        var events = Code("Greece said that Turkey attacked Cyprus.");

        var attack = Assert.Single(events, e => e.Code.Code.Root == "19");
        Assert.Equal("TUR", attack.Source.Code);
        Assert.Equal("CYP", attack.Target?.Code);
        Assert.DoesNotContain(events, e => e.Source.Code == "GRC" && e.Target?.Code == "TUR");
    }

    [Theory]
    [InlineData("Greece agreed to meet Turkey.", "036")]
    [InlineData("Greece threatened to impose sanctions on Turkey.", "1312")]
    [InlineData("Greece refused to negotiate with Turkey.", "125")]
    [InlineData("Greece called on Turkey to withdraw its troops.", "0256")]
    public void AVerbWithAnInfinitiveIsOneEvent(string sentence, string code)
    {
        var coded = Only(sentence);

        Assert.Equal(code, coded.Code.Code.Value);
        Assert.Equal("GRC", coded.Source.Code);
        Assert.Equal("TUR", coded.Target?.Code);
    }

    [Fact]
    public void AListItemMayStartWithAnArticleButNotWithAVerb()
    {
        var events = Code("Greece, the Netherlands and Italy condemned Turkey.");
        Assert.Contains(events, e => e.Source.Code == "GRC" && e.Target?.Code == "TUR");
        Assert.Contains(events, e => e.Source.Code == "NLD" && e.Target?.Code == "TUR");

        var accusations = Code("Greece condemned the attack on Cyprus and accused Turkey of aggression.");
        Assert.DoesNotContain(accusations, e => e.Target?.Code == "TUR" && e.Source.Code != "GRC");
    }

    [Fact]
    public void AnAppositionIsOneActorNotACoordination()
    {
        var coded = Only("Stanislav Zas, the CSTO secretary general, criticized Azerbaijan.", new DateOnly(2021, 5, 20));

        Assert.Equal("CSTO", coded.Source.Org);
        Assert.Equal(1, coded.Mentions);
        Assert.Contains(coded.Explanation.Rules, r => r.Contains("apposition", StringComparison.Ordinal));
        Assert.DoesNotContain(coded.Explanation.Rules, r => r.StartsWith("coordination", StringComparison.Ordinal));
    }

    [Fact]
    public void APronounStandsForThePersonLastNamed()
    {
        var events = Code("Turkish President Recep Tayyip Erdogan arrived in Baku. He praised Azerbaijan.");

        var praise = Assert.Single(events, e => e.Code.Code.Value == "051");
        Assert.Equal("TURGOV", praise.Source.Code);
        Assert.Equal("He", praise.Source.Text);
        Assert.Contains(praise.Explanation.Rules, r => r.Contains("coreference", StringComparison.Ordinal));
        Assert.True(praise.Confidence < 0.9, $"confidence {praise.Confidence} should reflect the indirect evidence");
    }

    [Fact]
    public void ADefiniteRoleTakesTheCountryLastNamed()
    {
        var events = Code("Armenia announced early elections. The foreign minister accused Azerbaijan.");

        var accusation = Assert.Single(events, e => e.Code.Code.Root == "11");
        Assert.Equal("ARM", accusation.Source.Country);
        Assert.Contains(accusation.Explanation.Rules, r => r.Contains("coreference", StringComparison.Ordinal));
    }

    [Fact]
    public void APronounWithoutAnyEarlierActorCodesNothing()
    {
        Assert.Empty(Code("He criticized the decision."));
    }

    [Fact]
    public void TheSameEventTwiceInADocumentIsOneEventWithTwoMentions()
    {
        var coded = Only("Greece criticized Turkey. Greece criticized Turkey again.");

        Assert.Equal(2, coded.Mentions);
    }

    [Fact]
    public void AStatementWhoseContentIsAnEventIsNotCodedBesideIt()
    {
        var events = Code("Greece told Cyprus that Turkey attacked Syria.");

        var attack = Assert.Single(events);
        Assert.Equal("TUR", attack.Source.Code);
        Assert.Equal("SYR", attack.Target?.Code);
    }

    [Fact]
    public void CoordinatedMediatorsAndPartiesGiveOneEventPerPair()
    {
        var events = Code("Egypt and Qatar mediated between Israel and Jordan.");

        var pairs = events.Where(e => e.Code.Code.Value == "045").Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order().ToList();
        Assert.Equal(["EGY>ISR", "EGY>JOR", "QAT>ISR", "QAT>JOR"], pairs);
    }

    [Theory]
    [InlineData("Russia shelled Ukraine, the Ukrainian army said.")]
    [InlineData("If Russia attacks Ukraine, Poland will protest.")]
    public void ACommaAloneJoinsNoActors(string sentence)
    {
        var events = Code(sentence);

        var attack = Assert.Single(events, e => e.Source.Code == "RUS");
        Assert.Equal("UKR", attack.Target?.Code);
    }

    [Fact]
    public void AnEventThatTookPlaceIsNoTakingIn()
    {
        var events = Code("Talks between Armenia and Azerbaijan took place in Brussels.");

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("04", e.Code.Code.Root));
        Assert.All(events, e => Assert.Equal("Brussels", e.Location?.Name));
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void CoordinatedSubjectsOfAMeetingMeetEachOther()
    {
        var events = Code("Armenia and Azerbaijan met in Sochi.");

        var pairs = events.Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order().ToList();
        Assert.Equal(["ARM>AZE", "AZE>ARM"], pairs);
        Assert.All(events, e => Assert.Equal("Sochi", e.Location?.Name));
    }

    [Fact]
    public void CoordinatedSubjectsOfAProtestDoNotProtestAgainstEachOther()
    {
        var events = Code("Armenia and Azerbaijan protested.");

        Assert.All(events, e => Assert.Null(e.Target));
    }

    [Fact]
    public void APluralPronounPrefersThePreviousSubjectToItsObject()
    {
        var events = Code("Greece criticized Turkey. They also praised Cyprus.");

        var praise = Assert.Single(events, e => e.Code.Code.Root == "05");
        Assert.Equal("GRC", praise.Source.Code);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void CoordinatedAlliesAttackingSomethingUnnamedDoNotAttackEachOther()
    {
        var events = Code("Russia and Syria attacked the town.");

        Assert.DoesNotContain(events, e => e.Target is not null);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void APluralRoleIsNotResolvedToOneCountry()
    {
        var events = Code("Armenia announced early elections. The ministers accused Azerbaijan.");

        Assert.DoesNotContain(events, e => e.Code.Code.Root == "11" && e.Source.Country == "ARM");
    }
}
