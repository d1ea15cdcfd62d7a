namespace Parley.Tests.Events;

/// <summary>Reduced relative clauses: a participle after a noun ("land seized in the war") is a passive of its own.</summary>
public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Peru returned territory captured in 1995 to Ecuador.", "captured")]
    [InlineData("Chile expelled diplomats accused of spying.", "accused")]
    public void AParticipleAfterTheObjectWithoutAnAgentIsNoEvent(string sentence, string participle)
    {
        var events = Code(sentence);

        Assert.DoesNotContain(events, e => e.Explanation.VerbText == participle);
        Assert.NotEmpty(events);
    }

    [Fact]
    public void TheObjectBeforeAParticipleDoesNotStopTheTargetOfTheVerb()
    {
        var giving = Assert.Single(Code("Peru returned territory captured in 1995 to Ecuador."));

        Assert.Equal("PER", giving.Source.Code);
        Assert.Equal("ECU", giving.Target?.Code);
    }

    [Fact]
    public void AParticipleWithItsAgentActsOnTheNounItFollows()
    {
        var kidnapping = Assert.Single(Code("The rebels released hostages kidnapped by Colombian soldiers."), e => e.Code.Code.Root == "18");

        Assert.Equal("COLMIL", kidnapping.Source.Code);
        Assert.NotEqual("REB", kidnapping.Target?.Role);
        Assert.Contains(kidnapping.Explanation.Rules, r => r.Contains("reduced relative", StringComparison.Ordinal));
    }

    [Fact]
    public void TheAgentOfAParticipleAfterTheSubjectIsNotTheSubject()
    {
        var events = Code("Rebels backed by Iran attacked Saudi forces.");

        var attack = Assert.Single(events, e => e.Code.Code.Root == "19");
        Assert.Equal("REB", attack.Source.Role);
        Assert.Equal("SAUMIL", attack.Target?.Code);
        Assert.Contains(events, e => e.Code.Code.Root == "05" && e.Source.Code == "IRN" && e.Target?.Role == "REB");
    }

    [Fact]
    public void AVerbAfterTheSubjectOfAReportedClauseIsNoParticiple()
    {
        var seizure = Assert.Single(Code("The ministry said Syrian troops seized the town."));

        Assert.Equal("SYRMIL", seizure.Source.Code);
    }

    [Fact]
    public void AParticipleAfterTheObjectOfAPrepositionWithItsAgentIsAPassive()
    {
        var signing = Assert.Single(Code("Serbian workers went on strike over a bill signed by the Serbian government."), e => e.Code.Code.Root == "05");

        Assert.Equal("SRBGOV", signing.Source.Code);
        Assert.Null(signing.Target);
    }

    [Fact]
    public void AVerbAfterOrSharesTheSubjectOfTheVerbBefore()
    {
        var shelling = Assert.Single(Code("Syrian rebels attacked the town or shelled Turkish positions."), e => e.Explanation.VerbText.StartsWith("shelled", StringComparison.Ordinal));

        Assert.Equal("SYRREB", shelling.Source.Code);
    }
}
