using Parley.Evaluation;

namespace Parley.Tests.Evaluation;

/// <summary>
/// Runs each suite present under ../shared/reference and the own gold file, and asserts regression floors: a little
/// below what the coder scored when the floor was set, so that a change that makes coding worse fails CI. The issue's
/// targets are written next to each floor; raise the floor when the coder improves.
/// </summary>
[Collection(EvaluationCollection.Name)]
public sealed class SuiteScoreTests
{
    private static readonly Lazy<EvalResult> Tabari = new(() => Evaluator.Run(TabariSuite.Load(Shared("tabari"))));
    private static readonly Lazy<EvalResult> Petrarch = new(() => Evaluator.Run(PetrarchSuite.Load(Shared("petrarch2", "PETR.UnitTest.records.xml"))));
    private static readonly Lazy<EvalResult> Plover = new(() => Evaluator.Run(PloverSuite.Load(Shared("plover", "PLOVER_GSR_CAMEO.txt"))));
    private static readonly Lazy<EvalResult> CameoExamples = new(() => Evaluator.Run(CameoExamplesSuite.Load(Shared("cameo", "icews_cameo-codes.csv"))));
    private static readonly Lazy<EvalResult> Gold = new(() => Evaluator.Run(GoldSuite.Load(GoldFile)));

    /// <summary>Parley's own gold file.</summary>
    public static string GoldFile => Path.Combine(AppContext.BaseDirectory, "TestData", "gold", "news.jsonl");

    [SharedSuiteFact("tabari", "Validate.project")]
    public void TabariStandardRecordsStayAboveTheirFloor()
    {
        var summary = Tabari.Value.Summary;

        Assert.Equal(466, summary.Records + summary.Skipped);
        // target 0.80 of the 466 standard records (issue 6; the 40 that only change options or check nothing count as
        // not passed); floor = measured 411/466 = 0.882 − 0.02, scored as TABARI codes (events Parley labels future,
        // hypothetical or desired count; negated never). TABARI's options, actor search and dictionary readings applied
        // by the suite layer, {###}/{+++} records scored on the discard/complex verdict, the suite's own actor
        // dictionaries only.
        Assert.InRange(Share(summary.Passed, summary.Records + summary.Skipped), 0.862, 1.0);
        // with asserted events only: measured 364/466 = 0.781 − 0.02
        Assert.InRange(Share(summary.PassedAssertedOnly!.Value, summary.Records + summary.Skipped), 0.761, 1.0);

        // A derived intent's explanation names the announced act in the suite's codes, as the note does, not in the
        // open codebook's internal ones
        const string Derived = "intent derived from the announced ";
        var notes = Tabari.Value.Outcomes.SelectMany(o => o.NonAsserted).Where(n => n.Contains(Derived, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n =>
        {
            var code = n[(n.IndexOf(Derived, StringComparison.Ordinal) + Derived.Length)..].Split(',')[0];
            Assert.Contains($"(intent) from {code} ", n, StringComparison.Ordinal);
        });
    }

    [SharedSuiteFact("petrarch2", "PETR.UnitTest.records.xml")]
    public void PetrarchActiveRecordsStayAboveTheirFloor()
    {
        var summary = Petrarch.Value.Summary;

        Assert.Equal(279, summary.Records);
        // target 0.80 of the 279 active records, from text alone (issue 6); floor = measured 254/279 = 0.910 − 0.02,
        // scored as PETRARCH codes (events Parley labels future, hypothetical or desired count; negated never); the
        // suite's own actor dictionaries only; PETRARCH's require_dyad from its config file
        Assert.InRange(Share(summary.Passed, summary.Records), 0.890, 1.0);
        // with asserted events only: measured 219/279 = 0.785 − 0.02
        Assert.InRange(Share(summary.PassedAssertedOnly!.Value, summary.Records), 0.765, 1.0);
    }

    [SharedSuiteFact("plover", "PLOVER_GSR_CAMEO.txt")]
    public void PloverEventTypesAndActorsStayAboveTheirFloors()
    {
        var summary = Plover.Value.Summary;

        Assert.Equal(322, summary.Records);
        // target 0.75 event-type accuracy (issue 6); floor = measured 0.786 (sixth session's work merged) − 0.02
        Assert.InRange(summary.RootAccuracy, 0.765, 1.0);
        // target 0.60 with source and target both right (issue 6); floor = measured 0.7205 (sixth session's work merged) − 0.02
        Assert.InRange(summary.ActorAccuracy!.Value, 0.700, 1.0);
    }

    [SharedSuiteFact("cameo", "icews_cameo-codes.csv")]
    public void CameoExamplesStayAboveTheirFloors()
    {
        var summary = CameoExamples.Value.Summary;

        Assert.Equal(277, summary.Records);
        // target 0.80 root-code accuracy (issue 6); floor = measured 0.816 (226/277; sixth session's work merged) − 0.02
        Assert.InRange(summary.RootAccuracy, 0.796, 1.0);
        // target 0.60 full-code accuracy (issue 6); floor = measured 177/277 = 0.639 − 0.02
        Assert.InRange(Share(summary.Passed, summary.Records), 0.619, 1.0);
    }

    [Fact]
    public void GoldFileStaysAboveItsFloor()
    {
        var summary = Gold.Value.Summary;

        Assert.InRange(summary.Records, 388, int.MaxValue);
        // target root-level F1 0.85 (issue 6); floor = measured 0.925 − 0.02 on 388 records. The file grew from 222 to
        // 317 and then 388 records with current news reports written and coded by the codebook without running Parley
        // (the last 57, wire6-*, scored root F1 0.563 when first run).
        Assert.InRange(summary.RootF1, 0.905, 1.0);
    }

    [Fact]
    public void GoldFileCoversEveryPhenomenonTheIssueNames()
    {
        var records = GoldSuite.Load(GoldFile).Records;
        var categories = records.GroupBy(r => r.Id[..r.Id.LastIndexOf('-')]).ToDictionary(g => g.Key, g => g.Count());

        foreach (var category in new[] { "negation", "modality", "passive", "coordination", "nominal", "coreference", "dates" })
        {
            Assert.True(categories.GetValueOrDefault(category) >= 20, $"{category}: {categories.GetValueOrDefault(category)} records");
        }

        Assert.Contains(records, r => r.Expected.Count == 0);
        Assert.Contains(records, r => r.Expected.Count > 1);
    }

    private static double Share(int count, int total) => (double)count / total;

    private static string Shared(params string[] parts) =>
        Path.Combine([RepositoryPaths.SharedReference ?? throw new InvalidOperationException("../shared/reference is missing (required when CI=true)."), .. parts]);
}
