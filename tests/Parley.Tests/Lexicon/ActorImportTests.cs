using Parley.Lexicon;
using Parley.Lexicon.Actors;
using Parley.Lexicon.Import;
using Parley.Testing;

namespace Parley.Tests.Lexicon;

/// <summary>The TABARI and PETRARCH actor and agent importers, on the full reference files and on small cases written here.</summary>
public sealed class ActorImportTests
{
    public static TheoryData<string> ReferenceFiles => new()
    {
        "petrarch2/Phoenix.Countries.actors.txt",
        "petrarch2/Phoenix.International.actors.txt",
        "petrarch2/Phoenix.MilNonState.actors.txt",
        "petrarch2/Phoenix.agents.txt",
        "petrarch2/PETR.Validate.actors.txt",
        "petrarch2/PETR.Validate.agents.txt",
        "tabari/TABARI.Demo.actors",
        "tabari/Validate.agents",
    };

    [Theory]
    [MemberData(nameof(ReferenceFiles))]
    public void ReferenceDictionariesLoadWithEveryLineAccountedFor(string file)
    {
        var reference = RepositoryPaths.SharedReference;
        if (reference is null)
        {
            Assert.False(RepositoryPaths.InCi, "../shared/reference is missing in CI.");
            return;
        }

        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        var report = ActorDictionaryImporter.Import(Path.Combine(reference, file), dictionary);
        Assert.True(report.Records > 0);
        // Every skipped line is reported with its number and reason. The only lines skipped in the reference files are
        // faults of the files themselves (docs/dictionaries.md lists them): synonyms that lost their '+' and so stand
        // without a code, and mistyped dates such as '9008223-911221'.
        Assert.All(report.Problems, p =>
        {
            Assert.True(p.Line > 0);
            Assert.True(p.Reason.EndsWith("has no code; skipped.", StringComparison.Ordinal)
                || p.Reason.StartsWith("date restriction '", StringComparison.Ordinal)
                || p.Reason == "no agent code in brackets; skipped.", p.ToString());
        });
        Assert.True(report.Problems.Count <= ExpectedProblems(file), string.Join("\n", report.Problems));
    }

    private static int ExpectedProblems(string file) => file switch
    {
        "petrarch2/Phoenix.Countries.actors.txt" => 45,
        "petrarch2/Phoenix.International.actors.txt" => 4,
        "petrarch2/Phoenix.agents.txt" => 1,
        _ => 0,
    };

    [Fact]
    public void TabariDateRestrictionsChooseTheCodeByDate()
    {
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(
            ["BOUTROS-GHALI [EGY <911231] [UNO >920101]", "ALBRIGHT  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001", "ARGENTIN  [ARG]"],
            "test.actors",
            dictionary);
        Assert.Equal("EGY", Lookup(dictionary, "Boutros-Ghali", new DateOnly(1990, 5, 1)));
        Assert.Equal("UNO", Lookup(dictionary, "Boutros-Ghali", new DateOnly(1994, 5, 1)));
        Assert.Equal("USAGOV", Lookup(dictionary, "Albright", new DateOnly(2000, 5, 1)));
        // The null code [---] after 2001: the name is no actor then (TABARI's convention), and no shorter phrase in it is
        Assert.Null(Lookup(dictionary, "Albright", new DateOnly(2003, 5, 1)));
        Assert.Equal("ARG", Lookup(dictionary, "Argentina", null));
        Assert.Equal("ARG", Lookup(dictionary, "Argentinian", null));
    }

    [Fact]
    public void PetrarchRecordsWithSynonymsAndTabRestrictions()
    {
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        var report = ActorDictionaryImporter.ImportActors(
            ["VLADIMIR_PUTIN_  # CountryInfo.txt", "+PUTIN_", "\t[RUSELI 700101-990809]", "\t[RUSGOV 991231-080507]", "\t[RUSGOV >080508]", "\t[RUSELI]"],
            "test.actors.txt",
            dictionary);
        Assert.Equal(1, report.Records);
        Assert.Equal(2, report.Phrases);
        Assert.Equal("RUSELI", Lookup(dictionary, "Putin", new DateOnly(1995, 1, 1)));
        Assert.Equal("RUSGOV", Lookup(dictionary, "Vladimir Putin", new DateOnly(2004, 1, 1)));
        Assert.Equal("RUSELI", Lookup(dictionary, "Putin", new DateOnly(1999, 10, 1)));
    }

    [Fact]
    public void AWholeLastWordTakesTheRegularPluralUnlessMarkedWithEquals()
    {
        // TABARI's regular noun ending -S holds after the underscore too (manual 5.2.3), but not after '='
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["FREEDONIA_ [FRE]", "SYLVANIAN_BORDER_GUARD_ [SYLMIL]", "ZEMBLA= [ZEM]"], "test.actors", dictionary);
        Assert.Equal("FRE", Lookup(dictionary, "Freedonias", null));
        Assert.Equal("SYLMIL", Lookup(dictionary, "Sylvanian border guards", null));
        Assert.Equal("ZEM", Lookup(dictionary, "Zembla", null));
        Assert.Null(Lookup(dictionary, "Zemblas", null));
        Assert.Null(Lookup(dictionary, "Freedonian", null));
    }

    [Fact]
    public void TwoWordsJoinedByUnderscoreAlsoMatchTheirHyphenatedSpelling()
    {
        // TABARI reads "al-Nasri" as "al Nasri": a name written either way in transliteration matches "AL_NASRI"
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["AL_NASRI_ [FREREB]", "ABU BAKRI [SYLREB]"], "test.actors", dictionary);
        Assert.Equal("FREREB", Lookup(dictionary, "Al Nasri", null));
        Assert.Equal("FREREB", Lookup(dictionary, "Al-Nasri", null));
        Assert.Null(Lookup(dictionary, "Abu-Bakri", null));
    }

    [Fact]
    public void TabariWordsWrittenApartMayHaveAFewWordsBetweenThem()
    {
        // TABARI's three dictionaries share one phrase format (manual 5.2): words joined by '_' follow each other,
        // words written apart may have others between them, as in its patterns.
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["DUKE NORTH_SYLVANIA [SYLGOV]", "GRAND_VIZIER [ZEMGOV]"], "test.actors", dictionary);
        Assert.Equal("SYLGOV", Lookup(dictionary, "the Duke of North Sylvania", null));
        Assert.Equal("SYLGOV", Lookup(dictionary, "Duke North Sylvania", null));
        // Text prepared for TABARI joins a name's words with '_' as its dictionaries do.
        Assert.Equal("SYLGOV", Lookup(dictionary, "the Duke of North_Sylvania", null));
        Assert.Null(Lookup(dictionary, "the Duke, North Sylvania", null));
        Assert.Null(Lookup(dictionary, "the Duke and North Sylvania", null));
        Assert.Null(Lookup(dictionary, "the Duke of the large new North Sylvania", null));
        Assert.Null(Lookup(dictionary, "the Grand old Vizier", null));

        // A nickname in quotes between the parts of a name: the quotation marks are not words.
        ActorDictionaryImporter.ImportActors(["OTTO ZUMBRO [ZEMREB]"], "test.actors", dictionary);
        Assert.Equal("ZEMREB", Lookup(dictionary, "Otto \"the Hammer\" Zumbro", null));
        Assert.Equal("ZEMREB", Lookup(dictionary, "Otto \u201Cthe Iron Hammer\u201D Zumbro", null));
        Assert.Null(Lookup(dictionary, "Otto \"the big Iron Hammer\" Zumbro", null));

        // PETRARCH's dictionaries documentation says the same of its phrases: "a blank between words means that additional
        // words can occur"; its names still need their capitals.
        var petrarch = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["DUKE NORTH_SYLVANIA [SYLGOV]", "SYLVANIA TELEVISION [SYLMED]"], "test.actors.txt", petrarch);
        Assert.Equal("SYLGOV", Lookup(petrarch, "the Duke of North Sylvania", null));
        Assert.Equal("SYLMED", Lookup(petrarch, "Sylvania state-run television", null));
        Assert.Null(Lookup(petrarch, "the Duke of North, Sylvania", null));
        Assert.Null(Lookup(petrarch, "the duke of north sylvania", null));
    }

    [Fact]
    public void AnAgentWrittenFirstIsNotAddedToACodeThatStartsWithIt()
    {
        // TABARI: "if an agent code is already part of the actor code, it is not added" — for agents written first too
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["FREEDOM_WATCH_ [NGM]", "FREEDONIA_ [FRE]"], "test.actors", dictionary);
        ActorDictionaryImporter.ImportAgents(["RIGHTS_ACTIVISTS_ [NGM~]"], "test.agents", dictionary);
        Assert.Equal("NGM", Lookup(dictionary, "Rights activists Freedom Watch", null));
        Assert.Equal("NGMFRE", Lookup(dictionary, "Rights activists Freedonia", null));
    }

    [Fact]
    public void LeadingArticleOfAPhraseIsOptionalInTheText()
    {
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        var report = ActorDictionaryImporter.ImportActors(["THE_GOLDEN_HORDE [MNGREB]", "+THE HORDE_"], "test.actors.txt", dictionary);
        Assert.Empty(report.Problems);
        Assert.Equal("MNGREB", Lookup(dictionary, "The Golden Horde", null));
        Assert.Equal("MNGREB", Lookup(dictionary, "the Horde", null));
        Assert.Equal("MNGREB", Lookup(dictionary, "Golden Horde", null));
    }

    [Fact]
    public void MalformedLinesAreReportedWithTheirNumbers()
    {
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        var report = ActorDictionaryImporter.ImportActors(["\t[ABC 900101-910101]", "GOOD [XYZ]", "BAD_DATE [XYZ 9901-990101]", "NO_CODE_HERE"], "bad.actors", dictionary);
        Assert.Equal([1, 3, 4], report.Problems.Select(p => p.Line));
        Assert.Contains("before any phrase", report.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("date restriction", report.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("no code", report.Problems[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentsCombineWithCountriesAndExpandPluralsAndMarkers()
    {
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        var report = ActorDictionaryImporter.ImportAgents(
            ["!PERSON! = MAN, MEN", "CONGRESS!PERSON! [~LEG]", "FOREIGN_MINISTER [~GOVFRM] # jap", "ARMED_POLICE {} [~COP]", "AID_AGENCY [NGO~]", "NO_TILDE [GOV]"],
            "test.agents",
            dictionary);
        Assert.Equal(4, report.Records);
        Assert.Single(report.Problems);
        Assert.Equal("ARMGOVFRM", Lookup(dictionary, "the Armenian foreign minister", null));
        Assert.Equal("ARMGOVFRM", Lookup(dictionary, "Armenian foreign ministers", null));
        Assert.Equal("USALEG", Lookup(dictionary, "American congressmen", null));
        Assert.Equal("NGOARM", Lookup(dictionary, "Armenian aid agency", null));
    }

    [Fact]
    public void ImportedRolesCombineWithCountriesAsNewsEnglishDoes()
    {
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["ATLANTIS [ATL]", "LEMURIA [LEM]", "MU_ [MUU]", "ORICHALCUS [ATL]", "CORAL_PALACE [ATLGOV]"], "test.actors.txt", dictionary);
        ActorDictionaryImporter.ImportAgents(["AMBASSADOR [~GOV]", "SOLDIER [~MIL]", "PRIME_MINISTER [~GOV]", "OFFICIAL [~GOV]"], "test.agents.txt", dictionary);
        var lookup = new Parley.Coding.ActorLookup(dictionary);
        string[] Codes(string phrase) => [.. lookup.Lookup(phrase, null).Select(m => m.Mention.Code)];

        // A plural role before a list of countries belongs to each of them.
        Assert.Equal(["ATLGOV", "LEMGOV", "MUUGOV"], Codes("the ambassadors of Atlantis, Lemuria and Mu"));

        // At the head of a sentence "from" and "in" join a role to its country as "of" does; after a verb they say where.
        Assert.Equal(["ATLMIL"], Codes("Soldiers from Atlantis"));
        Assert.Equal(["LEM", "ATL"], Codes("Lemuria recalled its ambassador from Atlantis"));

        // A title before a name the dictionary knows only with its country: the title gives the role.
        Assert.Equal(["ATLGOV"], Codes("Atlantis Prime Minister Orichalcus"));
        Assert.Equal(["ATLGOV"], Codes("Prime Minister Orichalcus"));

        // After a possessive a few modifiers may stand before the role.
        Assert.Equal(["ATLGOV"], Codes("Atlantis's young and popular prime minister"));
        Assert.Equal(["ATL"], Codes("Atlantis's decision to recall its ambassador"));

        // An actor whose code already ends in the role keeps it once.
        Assert.Equal(["ATLGOV"], Codes("Coral Palace officials"));
    }

    [Fact]
    public void PetrarchAgentsMatchWholeWordsAndTheirGeneratedPlurals()
    {
        // PETRARCH generates an agent's plurals itself ("{}": none); unlike TABARI's it matches no other word starting with it.
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["ATLANTIS [ATL]"], "test.actors.txt", dictionary);
        ActorDictionaryImporter.ImportAgents(["COASTGUARD {} [~COP]", "SENATOR [~LEG]"], "test.agents.txt", dictionary);
        Assert.Equal("ATLCOP", Lookup(dictionary, "Atlantis coastguard", null));
        Assert.Equal("ATLLEG", Lookup(dictionary, "Atlantis senators", null));
        Assert.Equal("ATL", Lookup(dictionary, "Atlantis coastguards", null));
        Assert.Equal("ATL", Lookup(dictionary, "Atlantis senatorial", null));

        // TABARI's agents keep its stem matching: a phrase without a final '_' matches words that start with it.
        var tabari = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["ATLANTIS_ [ATL]"], "test.actors", tabari);
        ActorDictionaryImporter.ImportAgents(["SENATOR [~LEG]"], "test.agents", tabari);
        Assert.Equal("ATLLEG", Lookup(tabari, "Atlantis senatorial", null));
    }

    [Fact]
    public void AgentsOnBothSidesOfAnImportedNameBothQualifyIt()
    {
        // "an aid agency Atlantis envoy": the agent written first goes before the country, the other after it.
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["ATLANTIS [ATL]"], "test.actors.txt", dictionary);
        ActorDictionaryImporter.ImportAgents(["AID_AGENCY [NGO~]", "ENVOY [~GOV]"], "test.agents.txt", dictionary);
        Assert.Equal("NGOATLGOV", Lookup(dictionary, "an aid agency Atlantis envoy", null));
        Assert.Equal("NGOATL", Lookup(dictionary, "an aid agency Atlantis", null));
    }

    [Fact]
    public void ACountryWordIsForwardedToAnImportedAgentJoinedByAnd()
    {
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["ATLANTEAN [ATL]", "LEMURIA [LEM]"], "test.actors.txt", dictionary);
        ActorDictionaryImporter.ImportAgents(["MEDIA {} [~MED]", "GOVERNMENT [~GOV]"], "test.agents.txt", dictionary);
        var lookup = new Parley.Coding.ActorLookup(dictionary);
        string[] Codes(string phrase) => [.. lookup.Lookup(phrase, null).Select(m => m.Mention.Code)];

        Assert.Equal(["ATLMED", "ATLGOV"], Codes("Atlantean media and government"));

        // An agent with a country of its own keeps it.
        Assert.Equal(["ATLMED", "LEMGOV"], Codes("Atlantean media and the government of Lemuria"));
    }

    [Fact]
    public void TabariNamesMatchInLowerCaseButOtherNamesNeedACapital()
    {
        // TABARI reads its text in upper case (manual 7.3): its dictionaries' names match whatever the case of the text.
        var tabari = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["ATLANTIS_STATE_RADIO_ [ATLRAD]", "LEMURIA [LEM]"], "test.actors", tabari);
        Assert.Equal("ATLRAD", Lookup(tabari, "atlantis state radio", null));
        Assert.Equal("LEM", Lookup(tabari, "lemuria", null));
        Assert.Equal("LEM", Lookup(tabari, "Lemuria", null));

        // A PETRARCH dictionary's names, like Parley's own, need a capital: "turkey" in lower case is the bird.
        var petrarch = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["LEMURIA [LEM]"], "test.actors.txt", petrarch);
        Assert.Null(Lookup(petrarch, "lemuria", null));
        Assert.Equal("LEM", Lookup(petrarch, "Lemuria", null));
        Assert.Null(Lookup(tabari, "turkey", null));
    }

    [Fact]
    public void FormerBeforeATabariActorAgentPairMakesTheAgentAnElite()
    {
        // TABARI's "former" agents (manual 5.4.1): the agent's code becomes ELI, whether "former" stands before the agent
        // or before the actor it goes with.
        var dictionary = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["ATLANTIS_ [ATL]", "LEMURIAN_PALACE_ [LEMGOV]"], "test.actors", dictionary);
        ActorDictionaryImporter.ImportAgents(["JUDGE_ [~JUD]", "TRADE_OFFICIALS_ [~GOV]"], "test.agents", dictionary);
        Assert.Equal("ATLJUD", Lookup(dictionary, "Atlantis judges", null));
        Assert.Equal("ATLELI", Lookup(dictionary, "former Atlantis judges", null));
        Assert.Equal("ATLELI", Lookup(dictionary, "Atlantis former judges", null));
        Assert.Equal("LEMGOVELI", Lookup(dictionary, "former trade officials of Lemurian Palace", null));

        // A PETRARCH agents file keeps its codes: its coder has no such rule.
        var petrarch = ActorDictionary.FromKnowledgeBase(ActorKnowledgeBase.Default);
        ActorDictionaryImporter.ImportActors(["ATLANTIS_ [ATL]"], "test.actors.txt", petrarch);
        ActorDictionaryImporter.ImportAgents(["JUDGE_ [~JUD]"], "test.agents.txt", petrarch);
        Assert.Equal("ATLJUD", Lookup(petrarch, "former Atlantis judges", null));
    }

    private static string? Lookup(ActorDictionary dictionary, string phrase, DateOnly? date) =>
        new Parley.Coding.ActorLookup(dictionary).Lookup(phrase, date).FirstOrDefault()?.Mention.Code;
}
