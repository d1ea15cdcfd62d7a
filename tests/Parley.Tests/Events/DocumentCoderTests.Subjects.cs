namespace Parley.Tests.Events;

/// <summary>Finding the subject past inserted phrases, coordinated verbs and qualifying places; groups and adjectives.</summary>
public sealed partial class DocumentCoderTests
{
    [Fact]
    public void AnInsertedPhraseBetweenSubjectAndVerbIsSkipped()
    {
        var criticism = Only("Pakistan, a close ally of the United States, criticized Iran.");

        Assert.Equal("PAK", criticism.Source.Code);
        Assert.Equal("IRN", criticism.Target?.Code);
    }

    [Fact]
    public void ASecondVerbAfterAndSharesTheFirstVerbsSubject()
    {
        var events = Code("Armenia detained two soldiers of Azerbaijan and attacked Georgia.");

        var attack = Assert.Single(events, e => e.Target?.Code == "GEO");
        Assert.Equal("ARM", attack.Source.Code);
        Assert.Contains(attack.Explanation.Rules, r => r.Contains("subject shared", StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceAfterTheSubjectQualifiesIt()
    {
        var criticism = Only("Protesters in Nairobi criticized Uganda.");

        Assert.Equal("KENCVL", criticism.Source.Code);
    }

    [Fact]
    public void AGroupAfterAnOrganisationAndItsModifiersIsTheOrganisations()
    {
        var criticism = Only("European Union foreign ministers criticized Belarus.");

        Assert.Equal("EU", criticism.Source.Org);
    }

    [Fact]
    public void AGroupWordBeforeANounIsAnAdjective()
    {
        var criticism = Only("Greece condemned the military exercises near Turkey.");

        Assert.Equal("GRC", criticism.Source.Code);
        Assert.NotEqual("GRCMIL", criticism.Target?.Code);
    }

    [Fact]
    public void ACountryNameIsTheCountryNotAForeignTownOfThatName()
    {
        var events = Code("Serbia lifted the curfew in Montenegro.");

        Assert.All(events, e => Assert.Equal("MNE", e.Location?.Country));
    }
}

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Kenyan President William Ruto spoke to reporters. He criticized Uganda.")]
    [InlineData("Kenyan President William Ruto met reporters. He criticized Uganda.")]
    public void TheOwnPressIsWhereAStatementIsMadeNotAParty(string text)
    {
        var criticism = Assert.Single(Code(text));

        Assert.Equal("UGA", criticism.Target?.Code);
    }
}
