using Parley.Evaluation;

namespace Parley.Tests.Evaluation;

/// <summary>How suites are read and scored, on small inputs written for these tests (TestData/eval).</summary>
[Collection(EvaluationCollection.Name)]
public sealed class EvaluationMechanicsTests
{
    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "eval", name);

    [Fact]
    public void TabariRecordsFollowTheSuitesConventions()
    {
        // Given a file in the layout of TABARI's Validate.text (TestData/eval/tabari-format.text, written for Parley)
        var (records, skipped) = TabariSuite.ReadRecords(TestFile("tabari-format.text"));

        // Then OPTION and unchecked-only records are skipped with their reason, {+++} expects the complex verdict,
        // {---} expects nothing, and FINAL-01 ends the suite
        Assert.Equal(["SAMPLE-00", "SAMPLE-01", "SAMPLE-02", "SAMPLE-05", "SAMPLE-06"], records.Select(r => r.Id));
        Assert.Equal([("SAMPLE-03", TabariSuite.Unchecked), ("SAMPLE-04", TabariSuite.OptionRecord)], skipped);
        Assert.Equal("complex", records[0].ExpectedVerdict);
        Assert.Empty(records[0].Expected);
        Assert.Null(records[1].ExpectedVerdict);
        Assert.Equal([new EvalItem("FRE", "SYL", "111")], records[1].Expected);
        Assert.Empty(records[2].Expected);
        Assert.Equal([new EvalItem("FRE", "SYL", "057"), new EvalItem("SYL", "FRE", "057")], records[3].Expected);
        Assert.Equal(new DateOnly(1995, 1, 1), records[1].Date);

        // Lines in the comment's form right after an early "*/" still belong to the comment
        Assert.Equal([new EvalItem("FRE", "SYL", "057"), new EvalItem("SYL", "FRE", "057")], records[4].Expected);
        Assert.Equal("Freedonia criticized Sylvania on Monday.", records[1].Text);
    }

    [Fact]
    public void OpenCodebookGivesNonCameoCodesSurrogatesAndTranslatesThemBack()
    {
        // Given dictionary lines with a WEIS-like test code (223) and CAMEO codes (032, 033)
        var codes = OpenCodebook.For(["- BURN DOWN [223]", "- LEFT FOR [032:033]"]);

        // When the text is rewritten
        var rewritten = codes.Rewrite("- BURN DOWN [223] ; - LEFT FOR [032:033]");

        // Then only 223 is replaced, by a code the extended codebook knows, and it translates back
        Assert.Equal(["223"], codes.SurrogateCodes);
        var surrogate = rewritten[(rewritten.IndexOf('[', StringComparison.Ordinal) + 1)..rewritten.IndexOf(']', StringComparison.Ordinal)];
        Assert.NotEqual("223", surrogate);
        Assert.True(codes.Codebook.Contains(surrogate));
        Assert.False(global::Parley.Ontology.Codebook.Default.Contains(surrogate));
        Assert.Equal("223", codes.ToSuiteCode(surrogate));
        Assert.EndsWith("[032:033]", rewritten, StringComparison.Ordinal);
        Assert.Equal("111", codes.ToSuiteCode("111"));

        // A test code with a letter suffix is a suite code too; a bracketed word is not a code
        var lettered = OpenCodebook.For(["- IN_ * [075A]", "- * THE FULL [xyz]"]);
        Assert.Equal(["075A"], lettered.SurrogateCodes);
        Assert.Contains("[xyz]", lettered.Rewrite("- * THE FULL [xyz]"), StringComparison.Ordinal);
    }

    [Fact]
    public void MacRomanMojibakeIsRepaired()
    {
        Assert.Equal("Moscow\u2019s will", CameoExamplesSuite.RepairMojibake("Moscow\u201a\u00c4\u00f4s will"));
        Assert.Equal("plain text", CameoExamplesSuite.RepairMojibake("plain text"));
        Assert.Equal("caf\u00e9", CameoExamplesSuite.RepairMojibake("caf\u00e9"));
    }

    [Fact]
    public void ExactCodingNeedsTheSameTriplesWhileRootLevelForgivesTheSubcode()
    {
        // Given three records of "Turkey criticized Greece." (111): right, wrong code of the right root, and a negation expecting nothing
        var result = Evaluator.Run(GoldSuite.Load(TestFile("scoring.jsonl")));

        // Then the right one and the negation pass, the wrong code fails but is right at root level
        var byId = result.Outcomes.ToDictionary(o => o.Record.Id);
        Assert.True(byId["right"].Passed);
        Assert.False(byId["wrong-code-right-root"].Passed);
        Assert.True(byId["wrong-code-right-root"].RootCorrect);
        Assert.True(byId["nothing-happened"].Passed);
        Assert.Equal((2, 1), (result.Summary.Passed, result.Summary.Failed));
        Assert.Equal(0.5, result.Summary.Precision);
        Assert.Equal(0.5, result.Summary.Recall);
        Assert.Equal(1.0, result.Summary.RootAccuracy);
        Assert.Contains("criticize", byId["wrong-code-right-root"].Produced.Single().Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void APeerSuiteCountsAnnouncedAndConditionalEventsButNeverNegatedOnes()
    {
        // Given records expecting the act itself for "will impose sanctions", "would criticize" and "did not criticize",
        // scored as a peer suite (a coder without modality wrote the expectations)
        var suite = GoldSuite.Load(TestFile("modality.jsonl")) with { ModalityScoring = ModalityScoring.AsPeerCoder };

        // When it runs
        var result = Evaluator.Run(suite);

        // Then the announced and the conditional act pass — without the threat (1312) that stands for the announced
        // act — and the negated one fails; with asserted events only, none passes (the announcement is coded as the
        // threat), and that figure is reported alongside
        var byId = result.Outcomes.ToDictionary(o => o.Record.Id);
        Assert.True(byId["announced"].Passed);
        Assert.True(byId["conditional"].Passed);
        Assert.False(byId["denied"].Passed);
        Assert.Equal(2, result.Summary.Passed);
        Assert.False(byId["announced"].PassedAssertedOnly);
        Assert.Equal(0, result.Summary.PassedAssertedOnly);
        Assert.Contains(byId["announced"].NonAsserted, n => n.Contains("intent derived from the announced", StringComparison.Ordinal));
        Assert.Contains("future", byId["announced"].Produced.Single().Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ParleysOwnSuitesScoreAssertedEventsOnly()
    {
        // Given the same records scored as Parley's own suites are
        var result = Evaluator.Run(GoldSuite.Load(TestFile("modality.jsonl")));

        // Then none passes and no asserted-only figure is reported (it is the figure)
        Assert.Equal(0, result.Summary.Passed);
        Assert.Null(result.Summary.PassedAssertedOnly);
        Assert.All(result.Outcomes, o => Assert.Equal(o.Passed, o.PassedAssertedOnly));
    }

    [Fact]
    public void PetrarchOneSynonymSetsBetweenVerbBlocksMoveToTheTopKeepingLineNumbersByOffset()
    {
        // Given a PETRARCH-1 style verb file with a set defined after the first verb block
        var text = "&EARLY\n+ONE\n\n--- AGREE [030] ---\nAGREE\n\n&LATE\n+TWO\n+THREE\n\n--- ACCEPT [081] ---\nACCEPT";

        // When the sets are hoisted
        var (hoisted, offset) = SuiteDictionaries.HoistSynonymSets(text);

        // Then the late set comes first, its old lines are blank, and every line moved down by the offset
        var lines = hoisted.Split('\n');
        Assert.Equal(["&LATE", "+TWO", "+THREE", string.Empty], lines[..4]);
        Assert.Equal(4, offset);
        Assert.Equal(text.Split('\n').Length + offset, lines.Length);
        Assert.Equal("--- ACCEPT [081] ---", lines[10 + offset]);
        Assert.Equal(string.Empty, lines[6 + offset]);
        Assert.Equal("&EARLY", lines[offset]);
    }

    [Fact]
    public void PetrarchCodesOnlyEventsWithATargetUnlessItsConfigurationSaysOtherwise()
    {
        // Given a PETRARCH suite of three records: an act on another actor, a warning addressed to nobody, and an arrest
        // of an agent named without an actor
        var directory = Directory.CreateTempSubdirectory("parley-petrarch-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "test.actors.txt"), "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\n");
            File.WriteAllText(Path.Combine(directory.FullName, "test.verbs.txt"), "--- CRITICIZE [111] ---\nCRITICIZE\n\n--- WARN [160] ---\nWARN\n\n--- ARREST [173] ---\nARREST\n");
            File.WriteAllText(Path.Combine(directory.FullName, "test.agents.txt"), "STUDENT [~EDU]\nCHARITY {CHARITIES} [NGO~]\n");
            var records = Path.Combine(directory.FullName, "records.xml");
            File.WriteAllText(records, """
                <Validation>
                <Environment><Verbfile>test.verbs.txt</Verbfile><Actorfile>test.actors.txt</Actorfile><Agentfile>test.agents.txt</Agentfile></Environment>
                <Sentence date="20240105" id="DYAD-01" sentence="true">
                <EventCoding sourcecode="FRE" targetcode="SYL" eventcode="111"></EventCoding>
                <Text>Freedonia criticized Sylvania on Monday.</Text>
                </Sentence>
                <Sentence date="20240105" id="DYAD-02" sentence="true">
                <EventCoding noevents="True"></EventCoding>
                <Text>Freedonia warned again on Monday.</Text>
                </Sentence>
                <Sentence date="20240105" id="AGENT-01" sentence="true">
                <EventCoding sourcecode="FRE" targetcode="---EDU" eventcode="173"></EventCoding>
                <Text>Freedonia arrested students on Monday.</Text>
                </Sentence>
                </Validation>
                """);

            // Then under PETRARCH's default (require_dyad = True) the warning is not coded, the students are the null actor
            // with their agent code, and all records pass
            var result = Evaluator.Run(PetrarchSuite.Load(records));
            Assert.Equal((3, 0), (result.Summary.Passed, result.Summary.Failed));
            Assert.Contains(result.Outcomes[1].NonAsserted, note => note.Contains("require_dyad", StringComparison.Ordinal));

            // And a PETR_config.ini next to the records that turns require_dyad off lets the warning through
            File.WriteAllText(Path.Combine(directory.FullName, "PETR_config.ini"), "[Options]\n# require_dyad: events need a target\nrequire_dyad = False\n");
            var open = Evaluator.Run(PetrarchSuite.Load(records));
            Assert.True(open.Outcomes[0].Passed);
            Assert.False(open.Outcomes[1].Passed);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void PetrarchConfigElementsHoldForTheRecordsAfterThem()
    {
        // Given records with PETRARCH's <Config> elements between them: require_dyad off and terminal comma clauses kept
        // for three records, then the defaults again; and a record whose parse has lost a bracket
        var directory = Directory.CreateTempSubdirectory("parley-petrarch-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "test.actors.txt"), "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nRURITANIA_ [RUR]\n");
            File.WriteAllText(Path.Combine(directory.FullName, "test.verbs.txt"), "--- CRITICIZE [111] ---\nCRITICIZE\n\n--- WARN [160] ---\nWARN\n\n--- SAID [023] ---\nSAID\n\n--- ATTACK [190] ---\nATTACK\n");
            File.WriteAllText(Path.Combine(directory.FullName, "test.agents.txt"), "OFFICIAL [~GOV]\n");
            var records = Path.Combine(directory.FullName, "records.xml");
            File.WriteAllText(records, """
                <Validation>
                <Environment><Verbfile>test.verbs.txt</Verbfile><Actorfile>test.actors.txt</Actorfile><Agentfile>test.agents.txt</Agentfile></Environment>
                <Sentence date="20240105" id="DEFAULT-01" sentence="true">
                <EventCoding sourcecode="FRE" targetcode="SYL" eventcode="111"></EventCoding>
                <Text>Freedonia criticized Sylvania on Monday, a senior official said on Tuesday.</Text>
                </Sentence>
                <Config option="require_dyad" value="False"></Config>
                <Config option="comma_emax" value="0"></Config>
                <Sentence date="20240105" id="OPEN-01" sentence="true">
                <EventCoding sourcecode="FRE" targetcode="SYL" eventcode="111"></EventCoding>
                <EventCoding sourcecode="---GOV" targetcode="---" eventcode="023"></EventCoding>
                <Text>Freedonia criticized Sylvania on Monday, a senior official said on Tuesday.</Text>
                </Sentence>
                <Sentence date="20240105" id="OPEN-02" sentence="true">
                <EventCoding noevents="True"></EventCoding>
                <Text>Ruritania warned today.</Text>
                </Sentence>
                <Sentence date="20240105" id="OPEN-03" sentence="true">
                <EventCoding sourcecode="FRE" targetcode="SYL" eventcode="111"></EventCoding>
                <Text>Freedonia criticized Sylvania after Ruritania attacked the border post.</Text>
                </Sentence>
                <Config option="require_dyad" value="true"></Config>
                <Config option="comma_emax" value="8"></Config>
                <Sentence date="20240105" id="DEFAULT-02" sentence="true">
                <EventCoding noevents="True"></EventCoding>
                <Text>Ruritania warned again on Monday.</Text>
                </Sentence>
                <Sentence date="20240105" id="BROKEN-01" sentence="true">
                <EventCoding error="bad_input_parse"></EventCoding>
                <Text>Freedonia criticized Sylvania.</Text>
                <Parse>(ROOT (S (NP (NNP Freedonia)) (VP (VBD criticized) (NP (NNP Sylvania))) (. .))</Parse>
                </Sentence>
                </Validation>
                """);

            var result = Evaluator.Run(PetrarchSuite.Load(records));
            var byId = result.Outcomes.ToDictionary(o => o.Record.Id);

            // Then the default removes the terminal clause "a senior official said on Tuesday" (6 words); with
            // require_dyad off the kept clause's statement has the null target, as "on Tuesday" is a noun phrase the
            // verb takes, while "warned today" takes none and an act in a clause embedded after a coded verb is not
            // coded; after the defaults return, a warning to nobody is not coded; the broken parse is skipped
            Assert.Contains(byId["DEFAULT-01"].NonAsserted, note => note.Contains("a senior official said on Tuesday", StringComparison.Ordinal));
            Assert.All(result.Outcomes, o => Assert.True(o.Passed, o.Record.Id));
            Assert.Contains(byId["BROKEN-01"].NonAsserted, note => note.Contains("unbalanced", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void PetrarchRemovesCommaClausesWithinItsLimits()
    {
        var limits = PetrarchOptions.Defaults;

        // An internal clause of 2-8 words and a terminal one go; the first clause stays (comma_bmax 0), and so does an
        // internal one of more than 8 words
        Assert.Equal(
            "Freedonia criticized Sylvania on Monday for the attack on the border post.",
            PetrarchConventions.RemoveCommaClauses("Freedonia, its oldest ally, criticized Sylvania on Monday for the attack on the border post, officials said.", limits));

        // Commas of a series and between two adjectives delimit no clause
        const string series = "Freedonia, the Grand Duchy of Fenwick, Sylvania and Ruritania criticized Bolumbia.";
        Assert.Equal(series, PetrarchConventions.RemoveCommaClauses(series, limits));
        Assert.Equal("Freedonia restored complete, full diplomatic ties with Sylvania.", PetrarchConventions.RemoveCommaClauses("Freedonia restored complete, full diplomatic ties with Sylvania, the state agency reported.", limits));

        // But a comma after an item joined by "and" joins compounds and delimits a clause, as in PETRARCH's parse
        Assert.Equal(
            "Talks between Freedonia and Sylvania may bring peace between Ruritania and Sylvania.",
            PetrarchConventions.RemoveCommaClauses("Talks between Freedonia and Sylvania may bring peace between Ruritania and Sylvania, and Sylvania and Bolumbia, the state radio said on Friday.", limits));

        // Words are counted as PETRARCH counts them, those starting with a letter: nine of them are too many
        const string longer = "Freedonia criticized Sylvania, the main official news agency of the republic said in 2024.";
        Assert.Equal(longer, PetrarchConventions.RemoveCommaClauses(longer, limits));

        // A maximum of 0 turns the removal off; the options read from <Config> values
        var off = limits.Apply("comma_max", "0").Apply("comma_emax", "0");
        Assert.Equal("Freedonia, its oldest ally, criticized Sylvania, officials said.", PetrarchConventions.RemoveCommaClauses("Freedonia, its oldest ally, criticized Sylvania, officials said.", off));
        Assert.False(limits.Apply("require_dyad", "FALSE").RequireDyad);
        Assert.True(limits.Apply("require_dyad", "False").Apply("require_dyad", "TRUE").RequireDyad);
        Assert.Equal(8, limits.Apply("comma_max", "eight").CommaMax);
    }

    [Fact]
    public void PetrarchDiscardPhrasesMatchAtWordStartsAsStemsOrWholeWords()
    {
        var discards = DiscardList.Read("sports.discards.txt", ["# results are no events", "+GRAND_PRIX", "HOCKEY LEAGUE_   # whole word", "TENNIS"]);

        Assert.Equal(3, discards.Count);
        Assert.NotNull(discards.Find("Monaco won the grand\nprix on Sunday."));
        Assert.NotNull(discards.Find("Finland and Sweden met in the hockey league final."));
        Assert.Null(discards.Find("Finland joined the hockey leagues."));
        Assert.NotNull(discards.Find("Tennis players from Serbia beat Spain."));
        Assert.Null(discards.Find("Serbia sent protennis envoys to Spain."));
        Assert.Null(discards.Find("Serbia accused Spain."));
    }

    [Fact]
    public void PloverOldTypesMapToCurrentOnes()
    {
        Assert.Equal("REQUEST", PloverSuite.CurrentType("DEMAND"));
        Assert.Equal("ACCUSE", PloverSuite.CurrentType("DISAPPROVE"));
        Assert.Equal("ACCUSE", PloverSuite.CurrentType("INVESTIGATE"));
        Assert.Equal("ASSAULT", PloverSuite.CurrentType("FIGHT"));
        Assert.Equal("AGREE", PloverSuite.CurrentType("AGREE"));
    }

    [Fact]
    public void PloverActorsMarkedSourceAndTargetMayActOnEachOther()
    {
        // Given "Chile and Peru signed a trade agreement" twice: once marked (SRC/TAR: ...) with no target, once (SRC: ...)
        var result = Evaluator.Run(PloverSuite.Load(TestFile("plover-format.json")));

        // Then Parley's reciprocal events Chile→Peru and Peru→Chile fit the mutual actors, but not mere co-sources
        var outcomes = result.Outcomes.ToDictionary(o => o.Record.Id);
        Assert.True(outcomes["SAMPLE-AGREE-0001"].Record.MutualSources);
        Assert.True(outcomes["SAMPLE-AGREE-0001"].Passed);
        Assert.False(outcomes["SAMPLE-AGREE-0002"].Record.MutualSources);
        Assert.False(outcomes["SAMPLE-AGREE-0002"].ActorsCorrect);
    }

    [Fact]
    public void PloverAcceptsTabariEraCountryCodes()
    {
        // Given a record written with the KEDS/TABARI code JAP for Japan, as TABARI's documentation writes it
        var result = Evaluator.Run(PloverSuite.Load(TestFile("plover-format.json")));

        // Then Parley's JPN fits it
        var outcome = Assert.Single(result.Outcomes, o => o.Record.Id == "SAMPLE-DISAPPROVE-0001");
        Assert.True(outcome.ActorsCorrect);
        Assert.True(outcome.Passed);
    }

    [Fact]
    public void AMalformedGoldLineIsNamedWithItsLineNumber()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["{\"id\":\"a\",\"text\":\"Turkey criticized Greece.\",\"date\":\"2023-06-14\",\"events\":[]}", "{\"id\":\"b\",\"text\":\"x\",\"date\":\"2023-06-14\",\"events\":[{\"source\":\"TUR\",\"cameo\":\"999\"}]}"]);

            var error = Assert.Throws<EvalSuiteException>(() => GoldSuite.Load(file));

            Assert.Equal($"{file}:2: '999' is not a CAMEO code.", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
