using Parley.Evaluation;
using Parley.Events;
using Parley.Text;

namespace Parley.Tests.Evaluation;

/// <summary>TABARI's .options settings as the TABARI suite applies them (manual chapter 8), on sentences written for these tests.</summary>
[Collection(EvaluationCollection.Name)]
public sealed class TabariOptionsTests
{
    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "eval", name);

    [Fact]
    public void OptionCommandsChangeTheSettingsTheyName()
    {
        // Given TABARI's defaults and an options file with comments
        var options = TabariOptions.Defaults.ApplyFile(["// comment line", "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", "SET: CODE BY SENTENCE  # trailing comment"]);

        // Then the defaults hold where nothing changes them, and the commands change what they name
        Assert.Equal(8, options.MinimumWords);
        Assert.Equal(TabariCodeBy.Sentence, options.CodeBy);
        Assert.Equal(TabariCommaLimits.Default, options.Comma);
        Assert.Null(options.DefaultTarget);
        Assert.Equal(TabariCodeBy.All, options.Apply("SET: CODE ALL").CodeBy);
        Assert.Equal(4, options.Apply("SET: MINIMUM WORDS = 4").MinimumWords);
        Assert.Equal(new TabariCommaLimits(4, 6, 3, 6, 3, 8), options.Apply("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8").Comma);
        Assert.Null(options.Apply("COMMA: OFF").Comma);
        var withDefault = options.Apply("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER");
        Assert.Equal("DEFTAR", withDefault.DefaultTarget);
        Assert.Null(withDefault.Apply("DEFAULT: OFF").DefaultTarget);
        var forwarding = options.Apply("FORWARD: ^^***NNN*SSS");
        Assert.Equal("^^***NNN*SSS", forwarding.Forward);
        Assert.Null(forwarding.Apply("FORWARD: ^^***NNN*SSS OFF").Forward);
    }

    [Fact]
    public void OptionBlocksHoldForTheRecordsThatFollowThem()
    {
        // Given records with OPTION blocks between them (one block left unclosed, as in TABARI's own suite)
        var (records, skipped) = TabariSuite.Read(TestFile("tabari-options.text"), TabariOptions.Defaults);

        // Then the option records are skipped and every later record has the settings in force
        Assert.Equal(["OPT-SET", "OPT-FWD"], skipped.Select(s => s.Id));
        Assert.Equal(TabariCodeBy.Clause, records[0].Options.CodeBy);
        Assert.Equal(8, records[0].Options.MinimumWords);
        Assert.Equal(TabariCodeBy.All, records[1].Options.CodeBy);
        Assert.Equal(4, records[1].Options.MinimumWords);
        Assert.NotNull(records[2].Options.Comma);
        Assert.Null(records[3].Options.Comma);

        // And with FORWARD on, a record continuing its story (same story number, next sentence number) carries the earlier texts
        Assert.Empty(records[3].Story);
        Assert.Equal([records[3].Record.Text], records[4].Story);
        Assert.Empty(records[5].Story);
        Assert.Equal((7, 3), TabariSuite.StoryPlace("STORY-007-003", "^^******NNN*SSS"));
    }

    [Fact]
    public void WordsAreCountedWithEachCommaAsOne()
    {
        Assert.Equal(8, TabariConventions.CountWords("Freedonia's troops crossed the border, officials said."));
    }

    [Fact]
    public void CommaDelimitedPhrasesWithinTheLimitsAreRemovedButNotTheFirstOrASeries()
    {
        // Given TABARI's default limits: the first phrase is never removed, others of 2 to 10 words are
        var limits = TabariCommaLimits.Default;

        // Then an appositive and a closing attribution go, "1,000" and a one-word phrase stay
        Assert.Equal(
            "Freedonia sent 1,000 troops to the border of Sylvania after weeks of rising tension along the disputed river that marks their northern border.",
            TabariConventions.RemoveCommaPhrases("Freedonia sent 1,000 troops to the border of Sylvania, its old rival, after weeks of rising tension along the disputed river that marks their northern border, officials said.", limits));
        Assert.Equal(
            "Freedonia, however, sent more troops to the disputed border region overnight and closed the main crossing.",
            TabariConventions.RemoveCommaPhrases("Freedonia, however, sent more troops to the disputed border region overnight and closed the main crossing.", limits));

        // And the items of a series joined by ", and" are no comma-delimited clauses
        var series = "The envoy of Freedonia, the envoy of Sylvania, and the envoy of Ruritania met in the capital on Monday to discuss the dispute over the river.";
        Assert.Equal(series, TabariConventions.RemoveCommaPhrases(series, limits));
    }

    [Fact]
    public void ACommaInsideAListOfActorsDelimitsNoPhrase()
    {
        // Given actors in TABARI's format
        var folder = Path.Combine(Path.GetTempPath(), "parley-tabari-comma-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var actors = Path.Combine(folder, "test.actors");
            File.WriteAllLines(actors, ["FREEDONIA_ [FRE]", "SYLVANIA_ [SYL]", "RURITANIA_ [RUR]", "LATVERIA_ [LAT]", "STATE_RADIO_ [FREMED]"]);
            var verbs = Path.Combine(folder, "test.verbs");
            File.WriteAllLines(verbs, ["CONDEMN  [122]"]);
            var dictionary = SuiteDictionaries.Build([actors], verbs, SuiteDictionaries.VerbFormat.Tabari).Coder.Actors;

            // Then the comma of "Sylvania, Ruritania and Latveria" is no phrase's end (manual 7.8), the closing attribution goes
            Assert.Equal("Sylvania, Ruritania and Latveria condemned Freedonia on Monday.",
                TabariConventions.RemoveCommaPhrases("Sylvania, Ruritania and Latveria condemned Freedonia on Monday, the state radio said.", TabariCommaLimits.Default, null, dictionary));

            // And a comma between two actors that no "and" goes on to join is a phrase's end as before
            Assert.Equal("Sylvania and Ruritania condemned Latveria.",
                TabariConventions.RemoveCommaPhrases("Sylvania and Ruritania condemned Latveria, the Freedonia state radio said.", TabariCommaLimits.Default, null, dictionary));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ShortTextsAreNotCodedAndOnlyTheFirstEventOfAClauseIsKept()
    {
        var coder = DocumentCoder.CreateDefault();
        SourceDocument Document(string text) => new("t", text, new DateOnly(2023, 5, 2), null, null, null, "test");

        // A text shorter than MINIMUM WORDS is not coded
        var (shortResult, _, _, _) = TabariConventions.Code(coder, Document("Russia attacked Ukraine."), TabariOptions.Defaults, []);
        Assert.Empty(shortResult.Events);
        Assert.Contains("MINIMUM WORDS", shortResult.SkipReason, StringComparison.Ordinal);

        // Two events in one clause: CODE ALL keeps both, CODE BY CLAUSE only those of the first verb
        var text = "Russia accused Ukraine of shelling the nuclear plant after Ukrainian troops attacked Russian positions near the border on Monday.";
        var (all, _, _, _) = TabariConventions.Code(coder, Document(text), TabariOptions.Defaults with { CodeBy = TabariCodeBy.All }, []);
        Assert.True(all.Events.Count >= 2);
        var (byClause, notes, _, _) = TabariConventions.Code(coder, Document(text), TabariOptions.Defaults, []);
        var first = all.Events.Min(e => e.Explanation.VerbTokens.Start);
        Assert.NotEmpty(byClause.Events);
        Assert.All(byClause.Events, e => Assert.Equal(first, e.Explanation.VerbTokens.Start));
        Assert.Contains(notes, n => n.Contains("CODE BY CLAUSE", StringComparison.Ordinal));
    }

    [Fact]
    public void TheConjunctionOfACompoundActorDelimitsNoClause()
    {
        // Given dictionaries in TABARI's format with a root that is also a noun
        var folder = Path.Combine(Path.GetTempPath(), "parley-tabari-clause-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var coder = TabariTestDictionaries.Coder(folder, "test",
                ["<ADJECTIVE>", "OLD", "</ADJECTIVE>", "FREEDONIA_ [FRE]", "SYLVANIA_ [SYL]", "RURITANIA_ [RUR]"], ["RESTOR  [---]", "- * TIES  [064]", "PAUS  [191]"]);
            SourceDocument Document(string text) => new("t", text, new DateOnly(2023, 5, 2), null, null, null, "test");

            // The "and" of "Sylvania and the old Ruritania" joins a compound (manual 7.5, 7.6): the sentence is one clause,
            // and CODE BY CLAUSE keeps only the events of its first verb, not those of "pause", which TABARI reads as a verb
            const string text = "Freedonia restored its ties with Sylvania and the old Ruritania on Monday after a 12-year pause in trade.";
            var (all, _, _, _) = TabariConventions.Code(coder, Document(text), TabariOptions.Defaults with { CodeBy = TabariCodeBy.All }, []);
            Assert.Contains(all.Events, e => e.Code.Code.Value == "191");
            var (byClause, _, _, _) = TabariConventions.Code(coder, Document(text), TabariOptions.Defaults, []);
            Assert.Equal(["FRE RUR 064", "FRE SYL 064"], byClause.Events.Select(e => $"{e.Source.Code} {e.Target?.Code} {e.Code.Code.Value}").Order());

            // An "and" between clauses still divides them: each clause codes its first verb
            const string clauses = "Freedonia restored diplomatic ties with Sylvania on Monday and Sylvania paused its trade with Freedonia.";
            var (two, _, _, _) = TabariConventions.Code(coder, Document(clauses), TabariOptions.Defaults, []);
            Assert.Contains(two.Events, e => e.Code.Code.Value == "191");

            // And so does "but" between two actors: it joins no compound
            const string butClauses = "Freedonia restored diplomatic ties with Sylvania but Ruritania paused its trade with Freedonia on Monday.";
            var (butTwo, _, _, _) = TabariConventions.Code(coder, Document(butClauses), TabariOptions.Defaults, []);
            Assert.Contains(butTwo.Events, e => e.Code.Code.Value == "191");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AnEventWithoutATargetIsDroppedOrGivenTheDefaultTarget()
    {
        var coder = DocumentCoder.CreateDefault();
        var document = new SourceDocument("t", "Russia threatened retaliation on Monday after weeks of tension along the whole front line.", new DateOnly(2023, 5, 2), null, null, null, "test");

        // Without DEFAULT: TARGET, TABARI codes no event that has no target
        var (plain, _, _, _) = TabariConventions.Code(coder, document, TabariOptions.Defaults, []);
        Assert.Empty(plain.Events);

        // With it, the event gets the default code as target
        var (defaulted, _, _, _) = TabariConventions.Code(coder, document, TabariOptions.Defaults.Apply("DEFAULT: TARGET [WLD]"), []);
        Assert.NotEmpty(defaulted.Events);
        Assert.All(defaulted.Events, e => Assert.Equal("WLD", e.Target?.Code));
    }

    [Fact]
    public void ConvertAgentsMakesAnAgentWithoutAnActorAnActorOfItsOwn()
    {
        // Given imported dictionaries in TABARI's format (written for this test) and the built-in verbs
        var (actors, _) = Parley.Lexicon.Import.ActorDictionaryLoader.Load(null, [TestFile("sample.actors"), TestFile("sample.agents")]);
        var coder = new DocumentCoder(Parley.Ontology.Codebook.Default, actors, Parley.Lexicon.PatternLexicon.Default);
        var document = new SourceDocument("t", "Guerrillas attacked Freedonia on Monday near the northern border town.", new DateOnly(2023, 5, 2), null, null, null, "test");

        // Then without the option the agent is no actor, and with it the agent's code is the source
        Assert.False(TabariOptions.Defaults.ConvertAgents);
        Assert.True(TabariOptions.Defaults.Apply("SET: CONVERT AGENT = TRUE").ConvertAgents);
        Assert.DoesNotContain(coder.Code(document).Events, e => e.Source.Code == "~REB");
        var converted = coder.WithTabariOptions(convertAgents: true, null, false, false).Code(document).Events;
        Assert.Contains(converted, e => e.Source.Code == "~REB" && e.Target?.Code == "FRE");
    }

    [Fact]
    public void DefaultSourceIsGivenToAnEventWhoseVerbHasNoSource()
    {
        // Given imported actors that do not know the subject of the sentence
        var (actors, _) = Parley.Lexicon.Import.ActorDictionaryLoader.Load(null, [TestFile("sample.actors")]);
        var coder = new DocumentCoder(Parley.Ontology.Codebook.Default, actors, Parley.Lexicon.PatternLexicon.Default);
        var document = new SourceDocument("t", "Zembla criticized Freedonia sharply on Monday over the closing of the border.", new DateOnly(2023, 5, 2), null, null, null, "test");

        // Then the option is read with its PRIOR flag and reset by DEFAULT: OFF
        var options = TabariOptions.Defaults.Apply("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER");
        Assert.Equal("DEFSRC", options.DefaultSource);
        Assert.True(options.DefaultSourcePrior);
        Assert.False(TabariOptions.Defaults.Apply("DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR]").DefaultSourcePrior);
        Assert.Null(options.Apply("DEFAULT: OFF").DefaultSource);

        // And without it no event is coded, with it the default code is the source
        Assert.Empty(coder.Code(document).Events);
        var defaulted = coder.WithTabariOptions(false, "DEFSRC", true, false).Code(document).Events;
        var e = Assert.Single(defaulted);
        Assert.Equal("DEFSRC", e.Source.Code);
        Assert.Equal("FRE", e.Target?.Code);
        Assert.Contains(e.Explanation.Rules, r => r.Contains("DEFAULT: SOURCE", StringComparison.Ordinal));
    }
}
