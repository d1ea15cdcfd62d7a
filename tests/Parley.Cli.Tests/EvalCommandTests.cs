using System.Text.Json;

namespace Parley.Cli.Tests;

/// <summary><c>parley eval</c>: the failure report, the closing line, the JSON summary and errors.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parley-eval-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Gold(params string[] lines)
    {
        var path = Path.Combine(_directory, "gold.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void FailuresShowExpectedAgainstGotAndTheRunEndsWithTheCounts()
    {
        var gold = Gold(
            "{\"id\":\"ok\",\"text\":\"Turkey criticized Greece.\",\"date\":\"2023-06-14\",\"events\":[{\"source\":\"TUR\",\"target\":\"GRC\",\"cameo\":\"111\"}]}",
            "{\"id\":\"bad\",\"text\":\"Turkey criticized Greece.\",\"date\":\"2023-06-14\",\"events\":[{\"source\":\"TUR\",\"target\":\"GRC\",\"cameo\":\"112\"}]}");

        var result = CliRunner.Run(string.Empty, "eval", "--gold", gold);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("FAIL bad", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL ok", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("expected: TUR / GRC / 112", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("got:      TUR / GRC / 111 — pattern", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("1 passed, 1 failed", result.StdoutLines[^1]);
    }

    [Fact]
    public void JsonPrintsTheSummaryObject()
    {
        var gold = Gold("{\"id\":\"none\",\"text\":\"Turkey did not criticize Greece.\",\"date\":\"2023-06-14\",\"events\":[]}");

        var result = CliRunner.Run(string.Empty, "eval", "--gold", gold, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("gold", root.GetProperty("suite").GetString());
        Assert.Equal(1, root.GetProperty("records").GetInt32());
        foreach (var name in new[] { "passed", "failed", "precision", "recall", "f1", "root_accuracy" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public void AssertedOnlyLeavesTheGoldFileScoredAsItIs()
    {
        // The gold file already counts asserted events only: the option changes nothing there (it matters for the
        // peers' suites, scored as their coders without modality code)
        var gold = Gold("{\"id\":\"announced\",\"text\":\"Turkey will criticize Greece.\",\"date\":\"2023-06-14\",\"events\":[{\"source\":\"TUR\",\"target\":\"GRC\",\"cameo\":\"111\"}]}");

        var plain = CliRunner.Run(string.Empty, "eval", "--gold", gold);
        var assertedOnly = CliRunner.Run(string.Empty, "eval", "--gold", gold, "--asserted-only");

        Assert.Equal(0, assertedOnly.ExitCode);
        Assert.Equal("0 passed, 1 failed", assertedOnly.StdoutLines[^1]);
        Assert.Equal(plain.Stdout, assertedOnly.Stdout);
        Assert.Contains("(future, not scored)", plain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadableSuiteIsOneLineNamingTheFile()
    {
        var gold = Gold("{\"id\":\"x\",\"text\":\"Turkey criticized Greece.\"}");

        var result = CliRunner.Run(string.Empty, "eval", "--gold", gold);

        Assert.Equal(ParleyApp.NothingCoded, result.ExitCode);
        Assert.Equal($"parley: {gold}:1: missing or empty \"date\".", result.Stderr.Trim());
    }

    [Fact]
    public void ASuiteNeedsItsPath()
    {
        var result = CliRunner.Run(string.Empty, "eval", "--suite", "tabari");

        Assert.Equal(ParleyApp.UsageError, result.ExitCode);
        Assert.Contains("--suite tabari needs the PATH", result.Stderr, StringComparison.Ordinal);
    }
}
