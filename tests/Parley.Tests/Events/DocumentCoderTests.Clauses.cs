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
    [InlineData("Greece said that the talks had failed and urged Turkey to show restraint.", "02")]
    [InlineData("Greece said on Monday that Cyprus had rejected the plan and accused Turkey of provocations.", "11")]
    [InlineData("Greece said that the embargo would not work and urged Turkey to show restraint.", "02")]
    public void AVerbOfSayingAfterAndGoesOnWithTheSpeakerOfTheReport(string sentence, string root)
    {
        var events = Code(sentence, new DateOnly(2024, 5, 6));

        // The speaker, not the subject of what was reported, does the second act, and the report's "not" is not its.
        var act = Assert.Single(events, e => e.Code.Code.Root == root && e.Target?.Code.StartsWith("TUR", StringComparison.Ordinal) == true);
        Assert.Equal("GRC", act.Source.Code);
        Assert.Equal(Modality.Asserted, act.Modality);
    }

    [Fact]
    public void AnActAfterAndInAReportKeepsTheReportedSubject()
    {
        var events = Code("Greece said that Turkey attacked Cyprus and killed two soldiers.", new DateOnly(2024, 5, 6));

        Assert.DoesNotContain(events, e => e.Source.Code == "GRC" && e.Code.Code.Root is "18" or "19");
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
    public void AReportingClauseAfterTheEventHasItsOwnSubject()
    {
        // "a senior official" is the subject of "said": Greece, the object of the clause before, said nothing.
        var events = Code("Turkey criticized Greece on Monday, a senior official said.");

        Assert.Contains(events, e => e.Source.Code == "TUR" && e.Target?.Code == "GRC" && e.Code.Code.Root == "11");
        Assert.DoesNotContain(events, e => e.Source.Code == "GRC");
    }

    [Fact]
    public void ANounPhraseAfterASubordinatingWordIsTheSubjectOfItsVerb()
    {
        // The protesters attacked the embassy, not Turkey (the subject of the main clause) nor Cyprus (its object).
        var events = Code("Turkey accused Cyprus after protesters attacked the embassy.");

        Assert.DoesNotContain(events, e => (e.Code.Code.Root == "19" || e.Code.Code.Root == "18") && e.Source.Code is "TUR" or "CYP");
        Assert.Contains(events, e => e.Source.Code == "TUR" && e.Target?.Code == "CYP");
    }

    [Fact]
    public void ANounPhraseWithAPrepositionalPhraseAfterThatIsStillTheSubjectOfItsVerb()
    {
        // "boats in the area" attacked Turkey, not Greece, who only reports it; without "in the area" it was already so.
        Assert.Empty(Code("Greece said that boats in the area attacked Turkey."));
        Assert.Empty(Code("Greece said that boats attacked Turkey."));
    }

    [Fact]
    public void TheSubjectOfAPostposedReportingClauseIsNotTheObjectOfTheEventBefore()
    {
        var events = Code("Gunmen attacked a convoy near the border, the Turkish army said.");

        Assert.DoesNotContain(events, e => e.Target?.Code == "TURMIL");
    }

    [Theory]
    [InlineData("Egypt and the wealthy Qatar praised Jordan.")]
    [InlineData("Egypt, the tiny wealthy Qatar, and Kuwait praised Jordan.")]
    public void AListItemMayBringItsOwnModifiers(string sentence)
    {
        var events = Code(sentence);

        Assert.Contains(events, e => e.Source.Code == "EGY" && e.Target?.Code == "JOR");
        Assert.Contains(events, e => e.Source.Code == "QAT" && e.Target?.Code == "JOR");
    }

    [Fact]
    public void AnActorAfterInIsThePlaceUnlessTheSuiteConventionMakesItTheTarget()
    {
        const string sentence = "Egypt appealed for calm in Libya.";
        Assert.All(Code(sentence), e => Assert.Null(e.Target));

        var peers = new Parley.Events.DocumentCoder(Parley.Ontology.Codebook.Default, Parley.Lexicon.ActorDictionary.Default, Parley.Lexicon.PatternLexicon.Default) { PlacesCanBeTargets = true };
        var events = peers.Code(new Parley.Text.SourceDocument("test", sentence, Published, null, null, null, "test")).Events;
        Assert.Contains(events, e => e.Source.Code == "EGY" && e.Target?.Code == "LBY");
    }

    [Fact]
    public void AVerbAfterAndSharesTheSubjectOfTheVerbBefore()
    {
        var events = Code("Greece criticized Cyprus and praised Turkey.");

        Assert.Contains(events, e => e.Source.Code == "GRC" && e.Target?.Code == "TUR" && e.Code.Code.Root == "05");
        Assert.DoesNotContain(events, e => e.Source.Code == "CYP");
    }

    [Fact]
    public void AnImportedEntryNamingSeveralActorsGivesAnEventForEach()
    {
        var dictionary = Parley.Lexicon.ActorDictionary.FromKnowledgeBase(Parley.Lexicon.Actors.ActorKnowledgeBase.Default);
        Parley.Lexicon.Import.ActorDictionaryImporter.ImportActors(["BENELUX_ [BEL/NLD/LUX]"], "test.actors.txt", dictionary);
        var coder = new Parley.Events.DocumentCoder(Parley.Ontology.Codebook.Default, dictionary, Parley.Lexicon.PatternLexicon.Default);

        var events = coder.Code(new Parley.Text.SourceDocument("test", "Benelux criticized Turkey.", Published, null, null, null, "test")).Events;

        Assert.Equal(["BEL", "LUX", "NLD"], events.Where(e => e.Target?.Code == "TUR").Select(e => e.Source.Code).Order());
    }

    [Fact]
    public void AnUnresolvedPronounIsStillTheSubject()
    {
        // Nobody was named before "he": Cyprus, in the phrase before, did not criticize Turkey.
        Assert.DoesNotContain(Code("Asked about Cyprus, he criticized Turkey."), e => e.Source.Code == "CYP");
    }

    [Fact]
    public void ANounPhraseAfterAReportingVerbIsTheSubjectOfTheReportedVerb()
    {
        Assert.DoesNotContain(Code("Greece said gunmen attacked Cyprus."), e => e.Source.Code == "GRC" && e.Target?.Code == "CYP");
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

    [Theory]
    [InlineData("Armenia and Azerbaijan met in Oslo on Tuesday.", "ARM>AZE AZE>ARM")]
    [InlineData("Chile and Peru held talks in Quito.", "CHL>PER PER>CHL")]
    [InlineData("The foreign ministers of Chile and Peru met in Quito.", "CHLGOV>PERGOV PERGOV>CHLGOV")]
    public void ACapitalWhereCoordinatedSubjectsMeetIsThePlaceNotATarget(string sentence, string expected)
    {
        // "in" ends the patterns "meet in", "hold talks in": the capital after it is where they met, not whom
        var events = Code(sentence);

        Assert.Equal(expected, string.Join(' ', events.Select(e => $"{e.Source.Code}>{e.Target?.Code}").Order(StringComparer.Ordinal)));
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

    [Fact]
    public void TheSpeakerOfATrailingReportingClauseIsNoTarget()
    {
        var coded = Only("Jordan agreed to a new trade pact, the White House announced on Tuesday.");

        Assert.Equal("JOR", coded.Source.Code);
        Assert.Null(coded.Target);
    }
}

public sealed partial class DocumentCoderTests
{
    [Fact]
    public void ThemStandsForTheGroupOtherThanTheSubject()
    {
        var accusation = Assert.Single(Code("The Chilean government met opposition leaders on Monday. It later accused them of vandalism."), e => e.Code.Code.Root == "11");
        Assert.Equal("CHLGOV", accusation.Source.Code);
        Assert.Equal("CHL", accusation.Target?.Country);
        Assert.NotEqual("CHLGOV", accusation.Target?.Code);

        var threat = Assert.Single(Code("Iran condemned the rebels and vowed to crush them."), e => e.Code.Code.Root == "13");
        Assert.Equal("REB", threat.Target?.Role);
    }

    [Fact]
    public void TheyAfterWhenStandsForTheSubjectOfTheSentence()
    {
        var attack = Assert.Single(Code("Two Syrian gunmen killed five Turkish soldiers when they attacked a checkpoint."), e => e.Explanation.VerbText == "attacked");

        Assert.Equal("SYRREB", attack.Source.Code);
        Assert.Contains(attack.Explanation.Rules, r => r.Contains("coreference", StringComparison.Ordinal));
    }
}
