using System.Text;
using System.Text.Json;
using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary><c>parley bench</c>: the figures it reports, and a guard against a collapse of throughput.</summary>
public sealed class BenchCommandTests : IDisposable
{
    /// <summary>The issue's target on the news corpus, one thread.</summary>
    private const double TargetSentencesPerSecond = 50_000;

    private readonly string _directory = Directory.CreateTempSubdirectory("parley-bench-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // A small corpus: the first 600 documents of the news benchmark corpus when tools/fetch-corpora has built it
    // (CI does), else the shipped examples repeated.
    private string SmallCorpus()
    {
        var path = Path.Combine(_directory, "small.jsonl");
        var news = RepositoryPaths.InRepo(".cache", "bench", "news.jsonl");
        if (File.Exists(news))
        {
            File.WriteAllLines(path, File.ReadLines(news).Take(600));
            return path;
        }

        Assert.False(RepositoryPaths.InCi, "CI builds .cache/bench/news.jsonl with tools/fetch-corpora before the tests.");
        var lines = new List<string>();
        var article = File.ReadAllText(RepositoryPaths.InRepo("examples", "armenia-azerbaijan.txt"));
        var wire = File.ReadAllLines(RepositoryPaths.InRepo("examples", "wire.jsonl")).Where(l => l.Trim().Length > 0).ToArray();
        for (var copy = 0; copy < 150; copy++)
        {
            lines.Add(JsonSerializer.Serialize(new { id = $"armenia-{copy}", text = article, date = "2022-10-31" }));
            lines.AddRange(wire);
        }

        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void JsonReportHasEveryFigureOfTheIssue()
    {
        // Given a small corpus; When it is benchmarked on two threads with --json
        var result = CliRunner.Run(string.Empty, "bench", "--corpus", SmallCorpus(), "--threads", "2", "--json");

        // Then one JSON object carries every figure, consistent with the work done
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var root = json.RootElement;
        foreach (var field in new[] { "sentences_per_second", "sentences_per_cpu_second", "cpu_seconds", "tokens_per_second", "events_per_second", "mb_per_second", "peak_working_set_mb", "load_seconds", "threads", "least_cpu_seconds", "allocated_bytes_per_sentence", "warm_up_passes", "warm_up_seconds" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing field {field}");
        }

        Assert.Equal(2, root.GetProperty("threads").GetInt32());
        Assert.True(root.GetProperty("sentences").GetInt64() > 1000);
        Assert.True(root.GetProperty("tokens").GetInt64() > root.GetProperty("sentences").GetInt64());
        Assert.True(root.GetProperty("events").GetInt64() > 0);
        Assert.True(root.GetProperty("peak_working_set_mb").GetDouble() > 0);
        Assert.True(root.GetProperty("allocated_bytes_per_sentence").GetDouble() > 0);
        Assert.InRange(root.GetProperty("warm_up_passes").GetInt32(), 1, 30);
        Assert.True(root.GetProperty("least_cpu_seconds").GetDouble() <= root.GetProperty("cpu_seconds").GetDouble());
        var allocation = root.GetProperty("stage_allocated_bytes_per_sentence");
        Assert.True(new[] { "read", "text", "actors", "tagging", "patterns", "events", "json" }.Sum(s => allocation.GetProperty(s).GetDouble()) > 0);
        var shares = root.GetProperty("stage_shares_percent");
        var sum = new[] { "read", "text", "actors", "tagging", "patterns", "events", "json" }.Sum(s => shares.GetProperty(s).GetDouble());
        Assert.InRange(sum, 99.0, 101.0);
    }

    [Fact]
    public void StoreReportsIngestOfTheSameCorpusAgainstCodingAlone()
    {
        // Given a small corpus; When it is benchmarked with --store
        var corpus = SmallCorpus();
        var distinct = File.ReadLines(corpus).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()).Distinct().Count();
        var result = CliRunner.Run(string.Empty, "bench", "--corpus", corpus, "--threads", "1", "--json", "--store");

        // Then the report adds what ingesting the corpus into a store did: every distinct text stored once, the
        // repeats counted as already stored, mentions and events, and the throughput as a share of coding alone
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var ingest = json.RootElement.GetProperty("ingest");
        Assert.Equal(distinct, ingest.GetProperty("documents").GetInt64());
        Assert.Equal(File.ReadLines(corpus).Count() - distinct, ingest.GetProperty("already_stored").GetInt64());
        Assert.True(ingest.GetProperty("mentions").GetInt64() > 0);
        Assert.InRange(ingest.GetProperty("events").GetInt64(), 1, ingest.GetProperty("mentions").GetInt64());
        Assert.True(ingest.GetProperty("sentences_per_second").GetDouble() > 0);
        Assert.True(ingest.GetProperty("share_of_coding").GetDouble() > 0);
        Assert.True(ingest.GetProperty("store_mb").GetDouble() > 0);

        // And the temporary stores (named after this process, which runs the command in-process) are gone
        Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), $"parley-bench-{Environment.ProcessId}-*"));
    }

    [Fact]
    public void ThroughputHasNotCollapsedBelowATenthOfTheTarget()
    {
        // A guard against accidental quadratic behaviour, not a timing test: the target is 50,000 sentences/s on one
        // thread of a Release build; this fails only below 10 % of it. It counts the coding thread's CPU time, not the
        // wall clock, so that tests and builds running beside it on the 2-core machine do not make it fail.
        var result = CliRunner.Run(string.Empty, "bench", "--corpus", SmallCorpus(), "--threads", "1", "--json", "--runs", "2");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var perSecond = json.RootElement.GetProperty("sentences_per_cpu_second").GetDouble();
        Assert.True(perSecond >= TargetSentencesPerSecond / 10, $"{perSecond:N0} sentences per CPU-second is below 10 % of the target of {TargetSentencesPerSecond:N0}.");
    }

    [Fact]
    public void MissingCorpusFileIsNamedInOneLine()
    {
        var result = CliRunner.Run(string.Empty, "bench", "--corpus", Path.Combine(_directory, "missing.jsonl"));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("missing.jsonl", line, StringComparison.Ordinal);
        Assert.Contains("brown, news, tabari", line, StringComparison.Ordinal);
    }
}
