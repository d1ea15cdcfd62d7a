using Parley.Coding;
using Parley.Lexicon;
using Parley.Lexicon.Import;
using Parley.Ontology;
using Parley.Testing;
using Parley.Text;

namespace Parley.Tests.Lexicon;

/// <summary>
/// The TABARI and PETRARCH-2 importers: on small excerpts written here in their formats, and on the reference
/// dictionaries in ../shared/reference (PETRARCH-2's CAMEO.2.0.txt, MIT; TABARI.Demo.verbs, GPL — read, never copied).
/// </summary>
public sealed class ImporterTests
{
    private static string? Reference(params string[] parts)
    {
        var root = RepositoryPaths.SharedReference;
        if (root is null)
        {
            Assert.False(RepositoryPaths.InCi, "../shared/reference is missing in CI.");
            return null;
        }

        return Path.Combine([root, .. parts]);
    }

    [Fact]
    public void PetrarchDictionaryReportsEveryPatternLineAndEverySkip()
    {
        var path = Reference("petrarch2", "CAMEO.2.0.txt");
        if (path is null)
        {
            return;
        }

        var source = new LexiconSource();
        var summary = PetrarchVerbImporter.Read(source, File.ReadAllText(path), "CAMEO.2.0.txt", Codebook.Default);

        // PROVENANCE.md: 40 synsets, 397 verb blocks, 1817 verb lines, 4668 patterns, 8 transformations.
        Assert.Equal(40, summary.Synsets);
        Assert.Equal(397, summary.VerbBlocks);
        Assert.Equal(1817, summary.Verbs);
        Assert.Equal(4668, summary.PatternLines);
        Assert.Equal(8, summary.Transformations);
        Assert.Equal(summary.PatternLines, summary.PatternsImported + summary.PatternsSkipped);
        Assert.Equal(13, summary.PatternsSkipped);
        Assert.Equal(summary.PatternsSkipped + summary.Transformations, source.SkippedLines.Count);
        Assert.All(source.SkippedLines, s => Assert.True(s.Line > 0 && s.Message.Length > 0));
        Assert.Empty(source.Diagnostics);
        Assert.DoesNotContain(source.SkippedLines, s => s.Line == 4761); // '% &AIRCRAFT *': a compound actor, imported as COMPOUND
        Assert.Contains(source.SkippedLines, s => s.Message.Contains("[1213] is not in the CAMEO codebook", StringComparison.Ordinal));
    }

    [Fact]
    public void TabariDemoDictionaryReportsEveryPatternLineAndEverySkip()
    {
        var path = Reference("tabari", "TABARI.Demo.verbs");
        if (path is null)
        {
            return;
        }

        var source = new LexiconSource();
        var summary = TabariVerbImporter.Read(source, File.ReadAllText(path), "TABARI.Demo.verbs", Codebook.Default);

        Assert.Equal(5, summary.Synsets);
        Assert.Equal(407, summary.PatternLines);
        Assert.Equal(summary.PatternLines, summary.PatternsImported + summary.PatternsSkipped);
        Assert.True(summary.PatternsImported > 250, $"{summary.PatternsImported} imported");
        Assert.Empty(source.Diagnostics);

        // The <TIME> section's 12 lines are skipped, each with its reason.
        Assert.Equal(12, source.SkippedLines.Count(s => s.Message.StartsWith("<TIME>", StringComparison.Ordinal)));
        Assert.All(source.SkippedLines, s => Assert.True(s.Line > 0 && s.Message.Length > 0));
    }

    private const string PetrarchExcerpt = """
        &CEASEFIRE
        +TRUCE
        +CEASE_FIRE_
        +PEACE ACCORD_

        ####### VERB PATTERNS #######

        ---  SIGN   [057]  ---
        SIGN
        INK
        +SIGN_UP {+SIGNS_UP +SIGNED_UP +SIGNING_UP} [050]
        - * &CEASEFIRE                                       [0871]  # SIGN
        - * (WITH +)                                         [057]   # SIGN
        - $ * % TREATY                                       [057]
        - * TREATY                                           [9999]

        ---  VISIT   [042:043]  ---
        VISIT

        ######## TRANSFORMATIONS ##########
        ~ a (a b ATTACK) SAY = a b 015
        """;

    [Fact]
    public void PetrarchExcerptMapsBlocksSynsetsAndMarkers()
    {
        var source = new LexiconSource();
        var summary = PetrarchVerbImporter.Read(source, PetrarchExcerpt, "x.txt", Codebook.Default);
        Assert.Equal(1, summary.Synsets);
        Assert.Equal(4, summary.PatternLines);
        Assert.Equal(3, summary.PatternsImported);
        Assert.Equal(1, summary.Transformations);

        // Synset members with regular plurals, except those ending in '_'; blanks and underscores both join words.
        Assert.Equal(["truce", "truces", "cease fire", "peace accord"], source.Classes["$CEASEFIRE"].Members.Select(m => string.Join(' ', m)));

        // Each pattern for each verb of its block; the multi-word verb keeps its particle.
        Assert.Contains(source.Patterns, p => p.Lemma == "ink" && p.Text == "ink $CEASEFIRE" && p.Code!.Code.Value == "0871");
        Assert.Contains(source.Patterns, p => p.Lemma == "sign" && p.Text == "sign up with TARGET");
        Assert.Contains(source.Patterns, p => p.Lemma == "visit" && p.CodeText == "042:043");

        // The compound actor '%' becomes a COMPOUND slot.
        Assert.Contains(source.Patterns, p => p.Lemma == "sign" && p.Text == "SOURCE sign COMPOUND treaty");

        Assert.Equal([15, 21], source.SkippedLines.Select(s => s.Line));
        Assert.Contains("[9999] is not in the CAMEO codebook", source.SkippedLines[0].Message, StringComparison.Ordinal);
        Assert.Contains("transformation", source.SkippedLines[1].Message, StringComparison.Ordinal);
    }

    private const string TabariExcerpt = """
        <SYNSETS>
        &TIES
        +DIPLOMATIC_TIES
        +RELATIONS
        </SYNSETS>
        <TIME>
        LAST_WEEK [-7]
        </TIME>
        RESTORE  [064] ;pas 1 Jan 2009
        - * FULL &TIES  [064]
        - WILL * $ TO_+  [036]
        - * { TIES | RELATIONS }  [064]
        - * AND_TOMORROW  [###]
        BREAK_ [161]
        { BROKE_ BROKEN_ }
        - * OFF TALKS  [164]
        ~~FINISH
        """;

    [Fact]
    public void TabariExcerptMapsRootsFormsMarkersAndSkips()
    {
        var source = new LexiconSource();
        var summary = TabariVerbImporter.Read(source, TabariExcerpt, "x.verbs", Codebook.Default);
        Assert.Equal(5, summary.PatternLines);
        Assert.Equal(4, summary.PatternsImported);

        // Any words may stand between elements not joined by '_' (a gap), none between those joined.
        Assert.Contains(source.Patterns, p => p.Text == "restore ... full ... $TIES" && p.Code!.Code.Value == "064");
        var withSlots = Assert.Single(source.Patterns, p => p.Code?.Code.Value == "036");
        Assert.Equal([PatternElementKind.Word, PatternElementKind.Gap], withSlots.Before.Select(e => e.Kind));
        Assert.Equal([PatternElementKind.Gap, PatternElementKind.Source, PatternElementKind.Gap, PatternElementKind.Word, PatternElementKind.Target],
            withSlots.After.Select(e => e.Kind));
        Assert.True(withSlots.After[4].Adjacent);
        Assert.Contains(source.Patterns, p => p.Lemma == "break" && p.Text == "break" && p.Code!.Code.Value == "161");
        // "BREAK_": a whole word with TABARI's regular endings, then its irregular forms.
        Assert.Equal(["breaks", "breaked", "breakes", "breaken", "breaking", "broke", "broken"], source.ExtraForms[(EntryKind.Verb, "break")]);

        // "{ TIES | RELATIONS }": one pattern per alternative, from the same line.
        Assert.Equal(["restore ... ties", "restore ... relations"], source.Patterns.Where(p => p.Id == "x.verbs:12").Select(p => p.Text));

        // "RESTORE" has no '_': a stem.
        Assert.Contains((EntryKind.Verb, "restore"), source.StemHeads);
        Assert.DoesNotContain((EntryKind.Verb, "break"), source.StemHeads);

        Assert.Equal([7, 13], source.SkippedLines.Select(s => s.Line));
        Assert.Contains("<TIME>", source.SkippedLines[0].Message, StringComparison.Ordinal);
        Assert.Contains("discard code", source.SkippedLines[1].Message, StringComparison.Ordinal);
    }

    // TABARI's stems and alternatives, in a dictionary written here: a root or pattern word without '_' matches every
    // word it begins; "{ a | b }" is one pattern per alternative; a set member may name an earlier set.
    private const string TabariStems = """
        <SYNSETS>
        &KIND
        +TRADE
        +ARMS
        &MEASURE
        +&KIND_EMBARGO
        +TRAVEL_BAN_
        </SYNSETS>
        CONDEM  [122]
        DEMAND_  [---]
        - * &MEASURE AGAINST  [163]
        - * { REPARATION | APOLOGY }  [150]
        CRITICI  [111]
        - * { DECISION | PLAN_ }  [112]
        ANNOUNC  [---]
        - * NEW~_PROGRAM  [100]
        ~~FINISH
        """;

    [Fact]
    public void TabariStemsAlternativesAndNestedSetsCodeThroughTheCoder()
    {
        var source = new LexiconSource();
        var summary = TabariVerbImporter.Read(source, TabariStems, "x.verbs", Codebook.Default);
        Assert.Equal(4, summary.PatternsImported);
        Assert.Empty(source.SkippedLines);
        // Set members follow the same connector rules: a word not followed by '_' is a stem (written "~").
        Assert.Equal(["trade~ embargo~", "arms~ embargo~", "travel ban"], source.Classes["$MEASURE"].Members.Select(m => string.Join(' ', m)));
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);

        // Stem roots: "condem" is the head of "condemned" and "condemns", "critici" of "criticized" and "criticises".
        Assert.Equal("122 FRA>DEU", LexiconTesting.Code(lexicon, "France condemned Germany."));
        Assert.Equal("122 FRA>DEU", LexiconTesting.Code(lexicon, "France condemns Germany."));
        Assert.Equal("111 FRA>DEU", LexiconTesting.Code(lexicon, "France criticised Germany."));

        // Pattern words are stems too ("decision" matches "decisions"), unless ended by '_' ("plan_" is not "planning").
        Assert.Equal("112 FRA>DEU", LexiconTesting.Code(lexicon, "France criticized the decisions of Germany."));
        Assert.Equal("111 FRA>DEU", LexiconTesting.Code(lexicon, "France criticized the planning of Germany."));

        // Each alternative is a pattern; a whole root ("DEMAND_") takes TABARI's regular endings.
        Assert.Equal("150 FRA>DEU", LexiconTesting.Code(lexicon, "France demanded an apology from Germany."));
        Assert.Equal("150 FRA>DEU", LexiconTesting.Code(lexicon, "France demands reparations from Germany."));
        Assert.Equal("163 FRA>DEU", LexiconTesting.Code(lexicon, "France demanded an arms embargo against Germany."));
        // A stem member matches the words it begins ("embargoes"); a whole word ("ban_") only itself.
        Assert.Equal("163 FRA>DEU", LexiconTesting.Code(lexicon, "France demanded trade embargoes against Germany."));
        Assert.Equal("163 FRA>DEU", LexiconTesting.Code(lexicon, "France demanded a travel ban against Germany."));
        Assert.NotEqual("163 FRA>DEU", LexiconTesting.Code(lexicon, "France demanded travel bans against Germany."));

        // Any words of the clause may stand between elements not joined by '_', structural ones too; not across a comma.
        Assert.Equal("163 FRA>DEU", LexiconTesting.Code(lexicon, "France demanded from its allies an arms embargo against Germany."));
        Assert.Equal(string.Empty, LexiconTesting.Code(lexicon, "France demanded, from its allies, an arms embargo against Germany."));

        // "NEW~_PROGRAM": a stem directly followed by the next word.
        Assert.Equal("100 FRA>DEU", LexiconTesting.Code(lexicon, "France announced newer programs with Germany."));
        Assert.Equal(string.Empty, LexiconTesting.Code(lexicon, "France announced new economic programs with Germany."));
    }

    [Fact]
    public void AWordTakesTheLongestStemItBeginsWithInAnyCase()
    {
        // Stems of several lengths, nested in one another: the lexicon looks a word up only under the lengths its stems
        // have, and the longest stem the word begins with wins.
        const string verbs = """
            RESTOR  [064]
            RESTORATION  [061]
            RE  [010]
            ~~FINISH
            """;
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, verbs, "x.verbs", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);

        string? StemOf(string word) => lexicon.StemCandidates(word) is { Length: > 0 } found ? found[0].Pattern.Lemma : null;
        Assert.Equal("restor", StemOf("restored"));
        Assert.Equal("restor", StemOf("RESTORES"));
        Assert.Equal("restoration", StemOf("restorations"));
        Assert.Equal("restoration", StemOf("Restoration"));
        Assert.Equal("re", StemOf("rest"));
        Assert.Null(StemOf("r"));
        Assert.Null(StemOf("talks"));
        Assert.Equal("restor", StemOf("restor" + new string('e', 70)));
        // Words with other than ASCII letters are looked up prefix by prefix, as before the trie.
        Assert.Equal("restor", StemOf("restorées"));
        Assert.Equal("re", StemOf("reçu"));
        Assert.Null(StemOf("réstored"));
    }

    [Fact]
    public void ImportedHeadNamingAnIrregularFormWinsOverTheHeadReachingItByInflection()
    {
        // TABARI matches words literally: "left" is not a word LEAVE begins, so a dictionary lists it as a root of its own.
        const string verbs = """
            LEAVE  [012]
            LEFT_  [032]
            GO  [---]
            WENT_  [032]
            ~~FINISH
            """;
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, verbs, "x.verbs", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);
        Assert.Equal("032 FRA>DEU", LexiconTesting.Code(lexicon, "France left for Germany."));
        Assert.Equal("012 FRA>DEU", LexiconTesting.Code(lexicon, "France leaves for Germany."));
        Assert.Equal("032 FRA>DEU", LexiconTesting.Code(lexicon, "France went to Germany."));

        // PETRARCH's blocks likewise: the LEFT block codes "left", whichever block comes first in the file.
        const string blocks = """
            --- LEAVE  [012] ---
            LEAVE

            --- LEFT  [032] ---
            LEFT
            """;
        var petrarch = new LexiconSource();
        PetrarchVerbImporter.Read(petrarch, blocks, "x.verbs.txt", Codebook.Default);
        var petrarchLexicon = PatternLexicon.Compile(petrarch, Inflector.Default);
        Assert.Equal("032 FRA>DEU", LexiconTesting.Code(petrarchLexicon, "France left for Germany."));
        Assert.Equal("012 FRA>DEU", LexiconTesting.Code(petrarchLexicon, "France leaves for Germany."));
    }

    // TABARI reads any word of its verbs dictionary as a verb, unless an article stands before it or it is capitalised
    // inside the sentence (manual 7.4); the forms of a '{ ... }' line are written as roots are (a stem without '_').
    private const string TabariVerbReading = """
        ACT_  [100]
        { ACTED_ ACTUATE }
        - * ON RESOLUTION  [102]
        DEPART_  [032]
        STRIKE_  [190]
        ARRIVE_  [---]
        BACK_  [042]
        ~~FINISH
        """;

    [Fact]
    public void TabariVerbsAreReadByPositionNotByTheTaggersNounReading()
    {
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, TabariVerbReading, "x.verbs", Codebook.Default);
        Assert.Empty(source.SkippedLines);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);

        // A tagger reads "France act" as a noun compound and "departing" without "is" as no verb; TABARI reads both as
        // verbs (a headline's "France departing from Germany" is "is departing").
        Assert.Equal("102 FRA>DEU", LexiconTesting.Code(lexicon, "France act on the new resolution with Germany."));
        Assert.Equal("032 FRA>DEU", LexiconTesting.Code(lexicon, "France departing from Germany after the summit."));

        // A form without '_' is a stem: "ACTUATE" matches "actuated", which no inflection of "act" reaches.
        Assert.Equal("100 FRA>DEU", LexiconTesting.Code(lexicon, "France actuated the plan with Germany."));

        // An article before the word, also across the adjectives of its noun phrase, and the possessive after it make a noun.
        Assert.Equal(string.Empty, LexiconTesting.Code(lexicon, "France condemned the strike on Germany."));
        Assert.Equal(string.Empty, LexiconTesting.Code(lexicon, "France condemned a brutal missile strike on Germany."));
        Assert.Equal(string.Empty, LexiconTesting.Code(lexicon, "Germany said France's strike's aim was unclear."));

        // The tagger's adverb or particle stays no verb: "arrived back in" is one act (TABARI codes a clause's first verb).
        Assert.Equal(string.Empty, LexiconTesting.Code(lexicon, "France arrived back in Germany on Monday."));
        Assert.Equal("190 FRA>DEU", LexiconTesting.Code(lexicon, "France strikes Germany."));
    }

    [Fact]
    public void TabariGapsStepOverAHyphenStandingApart()
    {
        // TABARI reads a hyphen in the text as a blank (manual 7.3): "an anti- France rally" is no punctuation to a gap.
        const string verbs = """
            BREAK_  [1717]
            - + * IN_ $  [075]
            ~~FINISH
            """;
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, verbs, "x.verbs", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);
        Assert.Equal("075 FRA>DEU", LexiconTesting.Code(lexicon, "Germany was seen to break in an anti- France rally on Monday."));
        // Other punctuation still ends a gap.
        Assert.DoesNotContain("075", LexiconTesting.Code(lexicon, "Germany was seen to break in the rally, France said."), StringComparison.Ordinal);
    }

    [Fact]
    public void OfEquallyLongTabariPatternsTheOneWrittenFirstWins()
    {
        // TABARI tries its phrases longest first and takes the first that matches, not the one with fewer words between.
        const string verbs = """
            SETTLE_  [---]
            - IN *  [072]
            - TO *  [073]
            ~~FINISH
            """;
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, verbs, "x.verbs", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);
        Assert.Equal("072 FRA>DEU", LexiconTesting.Code(lexicon, "France was in talks to settle with Germany."));
        Assert.Equal("073 FRA>DEU", LexiconTesting.Code(lexicon, "France wanted to settle with Germany."));
    }

    [Fact]
    public void TabariSynsetMembersWrittenApartMayHaveWordsBetweenThem()
    {
        // Synsets follow the connector rules of patterns (manual 5.6): "&KIND ASSURANCES" lets words stand between.
        const string verbs = """
            <SYNSETS>
            &KIND
            +MILITARY
            +ECONOMIC
            &PLEDGE
            +&KIND ASSURANCES
            +&KIND_GUARANTEES
            </SYNSETS>
            WELCOME_  [041]
            - * &PLEDGE  [057]
            ~~FINISH
            """;
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, verbs, "x.verbs", Codebook.Default);
        Assert.Contains(source.Classes["$PLEDGE"].Members, m => string.Join(' ', m) == "military~ ... assurances~");
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);
        Assert.Equal("057 FRA>DEU", LexiconTesting.Code(lexicon, "France welcomed military assurances from Germany."));
        Assert.Equal("057 FRA>DEU", LexiconTesting.Code(lexicon, "France welcomed military security assurances from Germany."));
        Assert.Equal("057 FRA>DEU", LexiconTesting.Code(lexicon, "France welcomed economic guarantees from Germany."));
        Assert.Equal("041 FRA>DEU", LexiconTesting.Code(lexicon, "France welcomed economic new guarantees from Germany."));
    }

    [Fact]
    public void DictionaryWordsWithACliticAreSplitAsTheTokenizerSplitsText()
    {
        // "DIDN'T" in a set and "WON'T" in a pattern are the tokens "did n't" and "wo n't" of running text; a pattern
        // that names the negation has coded what the negated phrase means, so its event is asserted.
        const string verbs = """
            <SYNSETS>
            &NOTAUX
            +DIDN'T
            +CAN'T
            </SYNSETS>
            SUPPORT  [040]
            - &NOTAUX *  [128]
            - WON'T *  [125]
            ~~FINISH
            """;
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, verbs, "x.verbs", Codebook.Default);
        Assert.Contains(source.Classes["$NOTAUX"].Members, m => string.Join(' ', m) == "did n't~");
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);
        Assert.Equal("128 FRA>DEU", LexiconTesting.Code(lexicon, "France didn't support Germany."));
        Assert.Equal("128 FRA>DEU", LexiconTesting.Code(lexicon, "France can't support Germany."));
        Assert.Equal("125 FRA>DEU", LexiconTesting.Code(lexicon, "France won't support Germany."));
        Assert.Equal("040 FRA>DEU", LexiconTesting.Code(lexicon, "France supported Germany."));
        var text = AnalyzedText.Analyze("France didn't support Germany.");
        Assert.Equal(Modality.Asserted, new SentenceCoder(ActorDictionary.Default, lexicon).Code(text, text.Sentences[0], null).Single().Modality);
    }

    [Fact]
    public void ImportedPatternsCodeThroughTheCoder()
    {
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, TabariExcerpt, "x.verbs", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);
        Assert.Equal("064 FRA>DEU", LexiconTesting.Code(lexicon, "France restored full relations with Germany."));
        Assert.Equal("161 FRA>DEU", LexiconTesting.Code(lexicon, "France broke with Germany."));
    }

    [Fact]
    public void AnImportedVerbAfterAnArticleIsANounEvenWhereThePatternNamesWordsBeforeIt()
    {
        // TABARI's verbs are words of any part of speech where the pattern names words before them, but an article
        // right before one makes it a noun (TABARI's manual 7.1).
        const string verbs = """
            ACCORD_  [---]
            - IN *  [057]
            ~~FINISH
            """;
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, verbs, "x.verbs", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);
        Assert.Equal("057 FRA>DEU", LexiconTesting.Code(lexicon, "France in accord with Germany."));
        Assert.Equal(string.Empty, LexiconTesting.Code(lexicon, "France was in an accord with Germany."));
    }

    [Fact]
    public void APatternReachingBackOverAnEarlierMatchReplacesIt()
    {
        // "condemned … and expelled" is one phrase of EXPEL's; CONDEMN's own match lies inside it and is not coded apart.
        const string verbs = """
            CONDEMN_  [122]
            EXPEL_  [---]
            - CONDEMNED AND *  [1663]
            ~~FINISH
            """;
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, verbs, "x.verbs", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);
        Assert.Equal("1663 FRA>DEU", LexiconTesting.Code(lexicon, "France condemned and expelled Germany."));
        Assert.Equal("122 FRA>DEU", LexiconTesting.Code(lexicon, "France condemned Germany."));
    }

    // TABARI's precedence: the longer phrase first, counted in the letters of its words (manual 5.5, 5.7.1), and a
    // hyphen in a dictionary word stands for the blank TABARI reads in its place.
    private const string TabariPrecedence = """
        WARN_  [130]
        - * OF WAR  [138]
        - * OF SANCTIONS  [1312]
        COMPLAIN_  [114]
        - $ *  [111]
        PARADE_  [---]
        - ANTI- + *  [141]
        CRITICI  [111]
        ~~FINISH
        """;

    [Fact]
    public void TabariPatternsRankByTheLengthOfTheirWords()
    {
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, TabariPrecedence, "x.verbs", Codebook.Default);
        Assert.Empty(source.SkippedLines);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);

        // Both patterns match with as many elements; "of sanctions" is the longer phrase and wins although its gap
        // steps over more words. (Parley's own patterns would take the closer fit, "of war".)
        Assert.Equal("1312 FRA>DEU", LexiconTesting.Code(lexicon, "France warned Germany of war and sanctions."));
        Assert.Equal("138 FRA>DEU", LexiconTesting.Code(lexicon, "France warned Germany of war."));

        // "$ *" is no longer than the bare root, yet more specific: it is tried first.
        Assert.Equal("111 FRA>-", LexiconTesting.Code(lexicon, "France complained."));

        // "ANTI- + *": the prefix written apart from its word ("an anti- Germany parade").
        Assert.Equal("141 FRA>DEU", LexiconTesting.Code(lexicon, "France joined an anti- Germany parade."));

        // Read as a noun, the parade is what the criticism is about: its target is the criticism's.
        Assert.Equal("111 FRA>DEU", LexiconTesting.Code(lexicon, "France criticized an anti- Germany parade."));
    }

    // TABARI's roots are words of any part of speech: where a pattern names words before the head, they fix its reading.
    private const string TabariNounHeads = """
        SUPPORT  [---]
        - IN * OF  [042]
        - * FOR  [043]
        ~~FINISH
        """;

    [Fact]
    public void TabariPatternWithWordsBeforeItsHeadTakesTheHeadInAnyPartOfSpeech()
    {
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, TabariNounHeads, "x.verbs", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);

        Assert.Equal("042 FRA>DEU", LexiconTesting.Code(lexicon, "France spoke in support of Germany."));

        // Without words before the head, the head must still read as a verb: an article makes it a noun (manual 7.4)...
        Assert.Equal(string.Empty, LexiconTesting.Code(lexicon, "France announced the support for Germany."));

        // ...a possessive does not: TABARI names only "the", "a" and "an", so "its support for" is the verb's pattern.
        Assert.Equal("043 FRA>DEU", LexiconTesting.Code(lexicon, "France announced its support for Germany."));
        Assert.Equal("043 FRA>DEU", LexiconTesting.Code(lexicon, "France repeated its strong support for Germany."));
    }

    // TABARI's '^': an actor stepped over, neither source nor target.
    private const string TabariSkippedActor = """
        PROTEST_  [130]
        - * TO ^ OVER +  [132]
        ~~FINISH
        """;

    [Fact]
    public void TabariCaretStepsOverAnActor()
    {
        var source = new LexiconSource();
        TabariVerbImporter.Read(source, TabariSkippedActor, "x.verbs", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);

        Assert.Equal("132 FRA>DEU", LexiconTesting.Code(lexicon, "France protested to Italy over Germany."));

        // Without an actor to step over, the pattern fails and the root codes alone.
        Assert.Equal("130 FRA>DEU", LexiconTesting.Code(lexicon, "France protested strongly over Germany."));
    }

    [Fact]
    public void ACompoundSlotPairsTheMembersOfAList()
    {
        const string verbs = """
            --- POSTPONE [120] ---
            POSTPONE
            - % HAVE * [191]
            - * TALKS WITH % [046]
            """;
        var source = new LexiconSource();
        PetrarchVerbImporter.Read(source, verbs, "x.txt", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);

        // Before the head the members act on each other; after it the subject acts on each.
        Assert.Equal("191 FRA>DEU; 191 DEU>FRA", LexiconTesting.Code(lexicon, "France and Germany have postponed their summit."));
        Assert.Equal("046 ITA>FRA; 046 ITA>DEU", LexiconTesting.Code(lexicon, "Italy postponed talks with France and Germany."));

        // Without a list the compound pattern does not match and a shorter one codes.
        Assert.Equal("120 FRA>-", LexiconTesting.Code(lexicon, "France have postponed their summit."));
    }

    [Fact]
    public void CoordinatedSubjectsOfACodeThatIsTheSameBothWaysActOnEachOther()
    {
        const string verbs = """
            --- RENEW [---] ---
            RENEW
            - * TIES [064:064]
            """;
        var source = new LexiconSource();
        PetrarchVerbImporter.Read(source, verbs, "x.txt", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);

        Assert.Equal("064 FRA>DEU; 064 DEU>FRA", LexiconTesting.Code(lexicon, "France and Germany renewed ties."));
        Assert.Equal("064 FRA>DEU; 064 DEU>FRA", LexiconTesting.Code(lexicon, "France renewed ties with Germany."));
    }

    [Fact]
    public void PetrarchOneLinearPatternsAreReadAsTabariPatterns()
    {
        // PETRARCH-1's files write TABARI's linear patterns (no {noun phrase} or (prepositional phrase) groups) and are
        // read as TABARI's: any words of the clause may stand between elements that '_' does not join.
        const string linear = """
            --- SIGN [081] ---
            SIGN
            - * TRADE PROTOCOL [085]
            - * JOINT_COMMUNIQUE [084]
            - * MEMORAND [083]
            """;
        const string sentence = "France signed an ambitious new ten-year trade protocol with Germany.";
        var source = new LexiconSource();
        PetrarchVerbImporter.Read(source, linear, "x.txt", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);
        Assert.Equal("085 FRA>DEU", LexiconTesting.Code(lexicon, sentence));
        Assert.Equal("081 FRA>DEU", LexiconTesting.Code(lexicon, "France signed a joint final communique with Germany."));

        // Unlike TABARI's, a word not ended by '_' is whole: "PETRARCH only works with complete words" (its manual).
        Assert.Equal("081 FRA>DEU", LexiconTesting.Code(lexicon, "France signed a memorandum with Germany."));
        Assert.Equal("083 FRA>DEU", LexiconTesting.Code(lexicon, "France signed a memorand with Germany."));

        // A PETRARCH-2 file (with phrase groups) keeps Parley's up to three modifier words between elements.
        var grouped = new LexiconSource();
        PetrarchVerbImporter.Read(grouped, linear.Replace("TRADE PROTOCOL", "{TRADE PROTOCOL}", StringComparison.Ordinal), "x.txt", Codebook.Default);
        Assert.Equal("081 FRA>DEU", LexiconTesting.Code(PatternLexicon.Compile(grouped, Inflector.Default), sentence));
    }

    [Fact]
    public void PetrarchOnePatternsReadSuspendedPrefixesAndArticleOpenedNounPhrasesAsAParserWould()
    {
        // PETRARCH-1 reads its linear patterns over a parse: "anti-" before a blank is one word of the noun phrase, and a
        // pattern head is only ever the verb of a verb phrase.
        const string linear = """
            --- BREAK [161] ---
            BREAK
            - + * IN $  [075]

            --- PARADE [017] ---
            PARADE
            - ANTI- + *  [111]
            """;
        var source = new LexiconSource();
        PetrarchVerbImporter.Read(source, linear, "x.txt", Codebook.Default);
        var lexicon = PatternLexicon.Compile(source, Inflector.Default);

        // A gap steps over a suspended "anti-" as over any word
        Assert.Equal("075 FRA>DEU", LexiconTesting.Code(lexicon, "Germany was seen to break in an anti- France rally."));

        // "an anti- Germany parade" is a noun phrase opened by an article: no act of parading
        Assert.Equal(string.Empty, LexiconTesting.Code(lexicon, "France joined an anti- Germany parade."));
    }

    [Theory]
    [InlineData("TABARI.Demo.verbs", true)]
    [InlineData("CAMEO.2.0.txt", true)]
    [InlineData("PETR.Validate.verbs.txt", true)]
    [InlineData("mine.patterns", true)]
    [InlineData("Phoenix.agents.txt", false)]
    [InlineData("TABARI.Demo.actors", false)]
    public void LoaderRecognisesVerbDictionariesByName(string name, bool expected) =>
        Assert.Equal(expected, VerbDictionaryLoader.IsVerbDictionary(name));
}
