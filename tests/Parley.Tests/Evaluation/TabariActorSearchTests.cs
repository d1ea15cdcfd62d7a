using Parley.Evaluation;
using Parley.Events;
using Parley.Text;

namespace Parley.Tests.Evaluation;

/// <summary>
/// TABARI's default actor search (TABARI manual 5.8, 7.9, 8.5), which the TABARI suite's coder uses in place of Parley's
/// reading of the sentence; with small dictionaries in TABARI's format and sentences written for these tests
/// ("Zembla" is no actor of them).
/// </summary>
[Collection(EvaluationCollection.Name)]
public sealed class TabariActorSearchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-tabari-search-" + Guid.NewGuid().ToString("N"));
    private readonly DocumentCoder _parley;

    public TabariActorSearchTests()
    {
        Directory.CreateDirectory(_folder);
        var actors = Path.Combine(_folder, "test.actors");
        File.WriteAllLines(actors, ["FREEDONIA_ [FRE]", "FREEDONIAN_ [FRE]", "SYLVANIA_ [SYL]", "SYLVANIAN_ [SYL]", "RURITANIA_ [RUR]"]);
        var verbs = Path.Combine(_folder, "test.verbs");
        File.WriteAllLines(verbs, ["CONDEMN  [122]", "RESTOR  [064]", "- * TIES  [064]", "BURN DOWN  [180]", "EXCHANG  [---]", "- HAS * WITH %  [061]"]);
        var agents = Path.Combine(_folder, "test.agents");
        File.WriteAllLines(agents, ["AMBASSADOR_ [~GOV]"]);
        _parley = SuiteDictionaries.Build([actors, agents], verbs, SuiteDictionaries.VerbFormat.Tabari).Coder;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<(string Source, string? Target, string Code)> Events(DocumentCoder coder, string text) =>
        [.. coder.Code(new SourceDocument("t", text, new DateOnly(2023, 5, 2), null, null, null, "test")).Events.Select(e => (e.Source.Code, e.Target?.Code, e.Code.Code.Value))];

    [Fact]
    public void TheSourceIsTheFirstActorOfTheClauseBeforeTheVerbWhateverItsSyntax()
    {
        // Given a verb in a subordinate clause whose own subject is an actor
        const string text = "Freedonia restored full ties with Zembla two years after Sylvanian crowds burned down its embassy in the capital.";

        // Then Parley codes the crowds as the ones who burned it, TABARI's search the first actor of the sentence
        Assert.Contains(Events(_parley, text), e => e is ("SYL", _, "180"));
        var tabari = Events(_parley.WithTabariOptions(false, null, false, false), text);
        Assert.Contains(tabari, e => e is ("FRE", "SYL", "064"));
        Assert.Contains(tabari, e => e is ("FRE", "SYL", "180"));
    }

    [Fact]
    public void WithNoActorBeforeTheVerbTheFirstAfterItIsTheSourceAndTheNextTheTarget()
    {
        // Given a subject that is no actor, and two actors after the verb
        const string text = "Zembla condemned Freedonia and Sylvania on Tuesday over the clash at the border.";

        // Then Parley codes nothing (no source), TABARI's greedy search takes the first actor after the verb as source
        Assert.Empty(Events(_parley, text));
        Assert.Equal([("FRE", "SYL", "122")], Events(_parley.WithTabariOptions(false, null, false, false), text));

        // And with DEFAULT: SOURCE … PRIOR the default stands in for the source instead
        Assert.Contains(("DEFSRC", "FRE", "122"), Events(_parley.WithTabariOptions(false, "DEFSRC", true, false), text));
    }

    [Fact]
    public void WithNoOtherActorAfterTheVerbTheTargetIsLookedForBeforeItUnlessDefaultTargetAfter()
    {
        // Given a compound subject and no actor after the verb
        const string text = "Freedonia and Sylvania condemned Zembla on Tuesday over the clash at the border.";

        // Then TABARI takes the other actor before the verb as target
        Assert.Equal([("FRE", "SYL", "122")], Events(_parley.WithTabariOptions(false, null, false, false), text));

        // And with DEFAULT: TARGET … AFTER it does not: each source's event is left for the default target
        Assert.Equal([("FRE", null, "122"), ("SYL", null, "122")], Events(_parley.WithTabariOptions(false, null, false, true), text));

        // And before the verb it looks back from the verb: the nearest other actor is the target
        Assert.Equal([("FRE", "RUR", "122"), ("SYL", "RUR", "122")],
            Events(_parley.WithTabariOptions(false, null, false, false), "Freedonia and Sylvania asked Ruritania on Monday to condemn them in public for the border clash."));
    }

    [Fact]
    public void AClauseAfterAConjunctionSearchesItsOwnActorsAndKeepsTheSourceWhenItHasNone()
    {
        var tabari = _parley.WithTabariOptions(false, null, false, false);

        // "and" between two actors joins them; between clauses it starts a new search
        Assert.Equal(
            [("FRE", "SYL", "122"), ("RUR", "FRE", "122")],
            Events(tabari, "Freedonia condemned Sylvania on Monday and Ruritania condemned Freedonia on Tuesday."));
        Assert.Contains(("FRE", "RUR", "122"), Events(tabari, "Freedonia met Sylvanian envoys on Monday and then condemned Ruritania for its raids."));
    }

    [Fact]
    public void PronounsStandForTheFirstActorOfTheSentenceOrItsFirstCompound()
    {
        var tabari = _parley.WithTabariOptions(false, null, false, false);

        // "him" stands for the first actor of the sentence, not the last one named
        Assert.Contains(("RUR", "FRE", "122"), Events(tabari, "Freedonia condemned Sylvania on Monday and Ruritania condemned him on Tuesday."));

        // "they" for the first compound actor, and "them" is the same actors, so the target is looked for before the verb
        var compound = Events(tabari, "Freedonia and Sylvania met on Monday and then they asked that Ruritania condemn them at the summit.");
        Assert.Contains(("FRE", "RUR", "122"), compound);
        Assert.Contains(("SYL", "RUR", "122"), compound);
    }

    [Fact]
    public void ADefaultSourceCodesASentenceWithNoActorAtAll()
    {
        const string text = "Zembla is about to restore full diplomatic ties with Zembland after years of bitter dispute.";
        Assert.Empty(Events(_parley.WithTabariOptions(false, null, false, false), text));
        Assert.Equal([("DEFSRC", null, "064")], Events(_parley.WithTabariOptions(false, "DEFSRC", true, true), text));
    }

    [Fact]
    public void AGerundOpeningAParticipleClauseAfterACommaIsAVerb()
    {
        // Parley's own reading (no TABARI search): "…, restoring ties with Sylvania" is the subject's act. (A gerund after
        // a preposition stays a noun with Parley's lexicon — DocumentCoderTests — but a TABARI dictionary's words are
        // verbs where they stand, manual 7.4, so these dictionaries code "about restoring" too.)
        Assert.Contains(("FRE", "SYL", "064"), Events(_parley, "Freedonia ended its boycott on Monday, restoring full ties with Sylvania."));
    }

    [Fact]
    public void AnAgentGoesWithTheActorNextToItAlone()
    {
        // Parley gives the plural agent to each country of the list; TABARI to the one after "of" (manual 5.4)
        const string text = "The ambassadors of Freedonia and Sylvania condemned Ruritania on Monday at the meeting.";
        Assert.Equal([("FREGOV", "RUR", "122"), ("SYLGOV", "RUR", "122")], Events(_parley, text));
        Assert.Equal([("FREGOV", "RUR", "122"), ("SYL", "RUR", "122")], Events(_parley.WithTabariOptions(false, null, false, false), text));

        // After a possessive, only an agent right after it goes with the actor
        const string apart = "Freedonia's long-serving ambassador condemned Ruritania on Monday at the meeting.";
        Assert.Equal([("FREGOV", "RUR", "122")], Events(_parley, apart));
        Assert.Equal([("FRE", "RUR", "122")], Events(_parley.WithTabariOptions(false, null, false, false), apart));
        Assert.Equal([("FREGOV", "RUR", "122")], Events(_parley.WithTabariOptions(false, null, false, false), "Freedonia's ambassador condemned Ruritania on Monday at the meeting."));
    }

    [Fact]
    public void ACompoundOfAPatternIsBothSourceAndTarget()
    {
        // Parley reads the subject as acting on the compound; TABARI's manual (5.7) has the compound's actors act on each other
        const string text = "Freedonia has exchanged prisoners with Sylvania and Ruritania after months of talks.";
        Assert.Equal([("FRE", "SYL", "061"), ("FRE", "RUR", "061")], Events(_parley, text));
        Assert.Equal([("SYL", "RUR", "061"), ("RUR", "SYL", "061")], Events(_parley.WithTabariOptions(false, null, false, false), text));
    }

    [Fact]
    public void APassiveWithByReversesSourceAndTarget()
    {
        var tabari = _parley.WithTabariOptions(false, null, false, false);
        Assert.Equal([("SYL", "FRE", "122")], Events(tabari, "Freedonia was condemned by Sylvania on Tuesday over the clash at the border."));
        Assert.Equal([("FRE", "SYL", "122")], Events(tabari, "Freedonia condemned Sylvania on Tuesday over the clash at the border."));
    }

    [Fact]
    public void AConjunctionOfACompoundNounOrAdjectivePhraseDividesNoClause()
    {
        // Given TABARI's <NOUN> and <ADJECTIVE> lists (manual 7.5.1) and an actor after each conjunction
        var tabari = TabariTestDictionaries.Coder(_folder, "compound",
            ["<NOUN>", "SHEEP", "GOATS", "</NOUN>", "<ADJECTIVE>", "GREEDY", "SLY", "</ADJECTIVE>", "FREEDONIA_ [FRE]", "SYLVANIA_ [SYL]", "RURITANIA_ [RUR]", "GRAND_VIZIER_ [ZEMGOV]"],
            ["CONDEMN  [122]"]);

        // Then the clause of the verb starts with the sentence: its first actor is the source
        Assert.Contains(("FRE", "SYL", "122"), Events(tabari, "Freedonia's sheep and goats of Ruritania condemned Sylvania on Tuesday over the border clash."));
        Assert.Contains(("FRE", "SYL", "122"), Events(tabari, "Freedonia's greedy and sly Grand Vizier condemned Sylvania on Tuesday over the border clash."));

        // And a conjunction between other words still divides the sentence
        Assert.Contains(("ZEMGOV", "SYL", "122"), Events(tabari, "Freedonia's envoys left and the Grand Vizier condemned Sylvania on Tuesday over the border clash."));
    }

    [Fact]
    public void APronounOpeningAForwardedRecordIsTheFirstActorTheRecordBeforeNamesWithoutItsAgent()
    {
        var tabari = _parley.WithTabariOptions(false, null, false, false);
        SourceDocument Document(string text) => new("t", text, new DateOnly(2023, 5, 2), null, null, null, "test");
        List<(string, string?, string)> Forwarded(string text, params string[] story) =>
            [.. TabariConventions.Code(tabari, Document(text), TabariOptions.Defaults, story).Result.Events.Select(e => (e.Source.Code, e.Target?.Code, e.Code.Code.Value))];

        // Given an earlier record opened by an actor with an agent: the pronoun is the actor alone (manual 8.4)
        Assert.Equal([("FRE", "RUR", "122")], Forwarded("He also condemned Ruritania on Tuesday over the clash at the border.",
            "The Freedonian ambassador condemned Sylvania on Monday over the clash at the border."));

        // Given an earlier record whose pronoun stood for another: that pronoun is no actor of TABARI's, the first actor
        // the record names itself is forwarded
        Assert.Equal([("SYL", "RUR", "122")], Forwarded("It also condemned Ruritania on Wednesday over the clash at the border.",
            "Freedonia condemned Ruritania on Monday over the clash at the border.",
            "It later restored its ties with Sylvanian traders on Tuesday after the talks."));

        // And "they" forwards that first actor as well, not a compound around it
        Assert.Equal([("FRE", "RUR", "122")], Forwarded("They condemned Ruritania on Wednesday over the clash at the border.",
            "Freedonia and Sylvania restored their ties on Monday after the talks in the capital."));
    }

    [Fact]
    public void EveryActorOfANounPhraseInACompoundIsAMember()
    {
        // Given an adjective list and actors standing in one noun phrase of a compound (manual 7.5)
        var tabari = TabariTestDictionaries.Coder(_folder, "phrase",
            ["<ADJECTIVE>", "BOLD", "</ADJECTIVE>", "FREEDONIA_ [FRE]", "SYLVANIA_ [SYL]", "RURITANIA_ [RUR]", "LATVERIA_ [LAT]", "OSKAR_ [OSK]"],
            ["CONDEMN  [122]"]);

        // Then each actor of "the bold Sylvania bold Ruritania" acts, and so does each of "Sylvania's Oskar"
        Assert.Equal([("FRE", "LAT", "122"), ("SYL", "LAT", "122"), ("RUR", "LAT", "122")],
            Events(tabari, "Freedonia and the bold Sylvania bold Ruritania condemned Latveria on Tuesday over the border clash."));
        Assert.Equal([("FRE", "LAT", "122"), ("SYL", "LAT", "122"), ("OSK", "LAT", "122")],
            Events(tabari, "Freedonia and Sylvania's Oskar condemned Latveria on Tuesday over the clash at the border."));

        // And two actors side by side are two noun phrases: the second is no member
        Assert.DoesNotContain(("RUR", "LAT", "122"), Events(tabari, "Freedonia and Sylvania Ruritania condemned Latveria on Tuesday over the clash at the border."));

        // And without a conjunction there is no compound: the first actor is the source
        Assert.Equal([("SYL", "LAT", "122")], Events(tabari, "Sylvania's Oskar condemned Latveria on Tuesday over the clash at the border."));
    }

    [Fact]
    public void TheWordsOfARootJoinedByABlankLetOtherWordsComeBetween()
    {
        // Given roots of several words (manual 5.5.3: a blank lets other words come between, '_' joins them)
        var tabari = TabariTestDictionaries.Coder(_folder, "roots", ["FREEDONIA_ [FRE]", "SYLVANIA_ [SYL]"], ["CASUALTY COUNT CLIMB  [190]", "BROKE_OFF  [191]"]);

        // Then "casualty count … climb" matches with words between, its last word a stem ("climbed")
        Assert.Equal([("FRE", "SYL", "190")], Events(tabari, "Freedonia's casualty count has climbed in the dispute with Sylvania over the border."));

        // And "broke_off" only as two words in a row
        Assert.Equal([("FRE", "SYL", "191")], Events(tabari, "Freedonia broke off its talks with Sylvania over the border dispute on Monday."));
        Assert.Empty(Events(tabari, "Freedonia broke the promise and went off to Sylvania over the border dispute on Monday."));
    }

    [Fact]
    public void BeforeTheVerbTheTargetMayStandAmongThePatternsWordsButNotWhereItStepsOverAnActor()
    {
        // Given a pattern with a source, an actor stepped over ('^') and a word before its verb
        var tabari = TabariTestDictionaries.Coder(Path.Combine(_folder, "test.actors"), TabariTestDictionaries.Write(_folder, "skip.verbs", "WARN  [160]", "- $ ^ FOR *  [164]"));

        // Then with no actor after the verb, the target is the nearest before it, even between the pattern's words
        Assert.Equal([("FRE", "RUR", "164")], Events(tabari, "Freedonia hosted Sylvania for Ruritania warning talks on Monday in the capital."));

        // And never the actor the pattern stepped over
        Assert.Equal([("FRE", null, "164")], Events(tabari, "Freedonia hosted Sylvania for warning talks on Monday in the capital."));
    }
}
