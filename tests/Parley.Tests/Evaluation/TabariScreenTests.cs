using Parley.Evaluation;
using Parley.Events;
using Parley.Text;

namespace Parley.Tests.Evaluation;

/// <summary>
/// TABARI's discard and complex screening (manual 6.3, 6.4, 8.7) as the TABARI suite applies it, with small dictionaries
/// in TABARI's format and sentences written for these tests.
/// </summary>
[Collection(EvaluationCollection.Name)]
public sealed class TabariScreenTests
{
    private const string Actors = """
        <NOUN>
        TALKS_
        </NOUN>
        FREEDONIA_  [FRE]
        SYLVANIA_  [SYL]
        RURITANIA_  [RUR]
        GRAND_FENWICK_  [FEN]
        MARATHON_RUNNER [###]
        OLD_REGIME  [OLD <900101] [###]
        MASKED_PRINCE  [+++]
        GRAND_DUKE  [### <900101] [FEN]
        """;

    private const string Verbs = """
        <TIME>
        ONCE_UPON_A_TIME [###]
        IF_THE_STARS_ALIGN [+++]
        </TIME>
        ACCUSE_  [112]
        ATTACK_  [190]
        CRITICI  [111]
        RECEIV  [042]
        DEAL  [---]
        - * WITH  [000]
        SCORE  [###]
        TEASE  [+++]
        DECLAR  [010]
        - * WAR  [190]
        - * FOOTBALL  [###]
        """;

    private static readonly DateOnly Date = new(1995, 6, 1);

    private static TabariScreen Screen() => TabariScreen.Read([("test.actors", Actors)], "test.verbs", Verbs);

    private static TabariVerdict Judge(string text, TabariComplexity? complexity = null, DateOnly? date = null, IReadOnlyList<string>? story = null) =>
        Screen().Judge(text, text, date ?? Date, complexity ?? TabariComplexity.None, 0, story);

    [Fact]
    public void DiscardAndComplexPhrasesOfTheDictionariesDecideTheRecord()
    {
        // An actor coded [###] or [+++], a verb root, a verb pattern and a time phrase
        Assert.Equal(TabariVerdictKind.Discarded, Judge("A marathon runner from Freedonia criticized Sylvania on Monday.").Kind);
        Assert.Equal(TabariVerdictKind.Complex, Judge("The masked prince criticized Sylvania on Monday.").Kind);
        Assert.Equal(TabariVerdictKind.Discarded, Judge("Freedonia scored twice against Sylvania in the second half.").Kind);
        Assert.Equal(TabariVerdictKind.Complex, Judge("Freedonia teased Sylvania about the election result on Monday.").Kind);
        Assert.Equal(TabariVerdictKind.Discarded, Judge("Freedonia declared a football holiday after beating Sylvania.").Kind);
        Assert.Equal(TabariVerdictKind.Discarded, Judge("Once upon a time Freedonia criticized Sylvania.").Kind);
        Assert.Equal(TabariVerdictKind.Complex, Judge("If the stars align, Freedonia will receive the Sylvanian envoy.").Kind);

        // The verb's other patterns do not discard
        Assert.Equal(TabariVerdictKind.Coded, Judge("Freedonia declared war on Sylvania on Monday.").Kind);

        // The verdict says which phrase and where it is defined
        Assert.Contains("test.actors:", Judge("A marathon runner from Freedonia criticized Sylvania.").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ADatedDiscardCodeHoldsOnlyInItsPeriod()
    {
        // OLD_REGIME is an actor (OLD) before 1990; from then on its undated code, [###], holds
        Assert.Equal(TabariVerdictKind.Coded, Judge("The old regime criticized Sylvania on Monday.", date: new DateOnly(1985, 3, 1)).Kind);
        Assert.Equal(TabariVerdictKind.Discarded, Judge("The old regime criticized Sylvania on Monday.", date: new DateOnly(1995, 3, 1)).Kind);

        // GRAND_DUKE is discarded before 1990 and an actor (FEN) after
        Assert.Equal(TabariVerdictKind.Discarded, Judge("The grand duke criticized Sylvania on Monday.", date: new DateOnly(1985, 3, 1)).Kind);
        Assert.Equal(TabariVerdictKind.Coded, Judge("The grand duke criticized Sylvania on Monday.", date: new DateOnly(1995, 3, 1)).Kind);
    }

    [Fact]
    public void ACapitalizedVerbInMidSentenceIsANounAndNoVerbCode()
    {
        // "Tease" as part of a name is no verb; at the start of the sentence it is
        Assert.Equal(TabariVerdictKind.Coded, Judge("Freedonia criticized the Tease Foundation of Sylvania.").Kind);
        Assert.Equal(TabariVerdictKind.Complex, Judge("Tease them, Freedonia told its envoys in Sylvania.").Kind);
    }

    [Fact]
    public void ComplexityConditionsCountTabarisWordClasses()
    {
        var verbs = TabariComplexity.Parse("VERBS[3]");
        var conjunctions = TabariComplexity.Parse("CONJ[2]");
        var noActorPrior = TabariComplexity.Parse("NOACTPRIOR EXPLAIN");
        Assert.Equal(3, verbs.Verbs);
        Assert.True(noActorPrior.NoActorPrior);

        // Three verbs divert; a verb after a determiner is a noun ("an attack")
        Assert.Equal(TabariVerdictKind.Complex, Judge("Freedonia accused Sylvania and criticized Ruritania before it attacked Grand Fenwick.", verbs).Kind);
        Assert.Equal(TabariVerdictKind.Coded, Judge("Freedonia accused Sylvania of an attack and criticized the raid.", verbs).Kind);

        // Conjunctions joining actors form a compound and do not count
        Assert.Equal(TabariVerdictKind.Coded, Judge("Freedonia and Sylvania criticized Ruritania and Grand Fenwick.", conjunctions).Kind);
        Assert.Equal(TabariVerdictKind.Complex, Judge("Freedonia criticized Sylvania but not Ruritania and then left or stayed.", conjunctions).Kind);

        // No actor before the first verb diverts; a null-coded verb is no verb here
        Assert.Equal(TabariVerdictKind.Complex, Judge("Criticized by Sylvania, the government of Freedonia stayed silent.", noActorPrior).Kind);
        Assert.Equal(TabariVerdictKind.Coded, Judge("In dealing with it, Freedonia criticized Sylvania on Monday.", noActorPrior).Kind);

        // A pronoun before the verb stands for an actor when an earlier record of the story names one (FORWARD)
        Assert.Equal(TabariVerdictKind.Complex, Judge("It criticized Sylvania again on Tuesday.", noActorPrior).Kind);
        Assert.Equal(TabariVerdictKind.Coded, Judge("It criticized Sylvania again on Tuesday.", noActorPrior, story: ["Freedonia recalled its ambassador on Monday."]).Kind);
    }

    [Fact]
    public void ARecordIsScoredOnItsVerdict()
    {
        var screen = Screen();
        var coder = DocumentCoder.CreateDefault();
        var options = TabariOptions.Defaults.Apply("COMPLEX: NOACTPRIOR");
        SourceDocument Document(string text) => new("t", text, Date, null, null, null, "test");

        // A screened record is not coded and carries the verdict and why
        var screened = TabariConventions.Code(coder, Document("The masked prince criticized Sylvania on Monday after a long dispute."), options, [], screen);
        Assert.Equal("complex", screened.Verdict);
        Assert.Empty(screened.Result.Events);
        Assert.Contains("[+++]", screened.VerdictReason, StringComparison.Ordinal);

        // A record that passes the screen is coded as before
        var coded = TabariConventions.Code(coder, Document("Freedonia criticized Sylvania on Monday after a long dispute over water."), options, [], screen);
        Assert.Null(coded.Verdict);
    }
}
