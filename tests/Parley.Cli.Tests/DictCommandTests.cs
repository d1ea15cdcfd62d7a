using System.Text.Json;
using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary><c>parley dict stats</c> and <c>parley dict check</c>, on the built-in lexicon and on user dictionaries.</summary>
public sealed class DictCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parley-dict-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void StatsJsonShowsEveryCodeCovered()
    {
        var result = CliRunner.Run(string.Empty, "dict", "stats", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("codes_without_patterns").GetInt32());
        Assert.Equal(311, root.GetProperty("codes_covered").GetInt32());
        Assert.True(root.GetProperty("patterns").GetInt32() >= 2500);
        Assert.True(root.GetProperty("entries").GetInt32() > 500);
    }

    [Fact]
    public void StatsTableNamesTheCounts()
    {
        var result = CliRunner.Run(string.Empty, "dict", "stats");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("codes without patterns", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("311 of 311", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckPassesOnTheBuiltInLexicon()
    {
        var result = CliRunner.Run(string.Empty, "dict", "check");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 error(s)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFailsOnAContradictionAndNamesTheLine()
    {
        var path = Path.Combine(_directory, "mine.patterns");
        File.WriteAllText(path, "verb strike\n    190  strike\n    143  strike\n");
        var result = CliRunner.Run(string.Empty, "dict", "check", "--verbs", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:3: error: contradictory pattern 'strike'", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeUsesAUserPatternFileAndReportsItsErrors()
    {
        var good = Path.Combine(_directory, "good.patterns");
        File.WriteAllText(good, "verb snub\n    120  snub TARGET\n");
        var coded = CliRunner.Run("Turkey snubbed Greece.", "code", "-", "--verbs", good);
        Assert.Equal(0, coded.ExitCode);
        Assert.Contains("\"cameo\":\"120\"", coded.Stdout.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var bad = Path.Combine(_directory, "bad.patterns");
        File.WriteAllText(bad, "verb snub\n    999  snub TARGET\n");
        var failed = CliRunner.Run("Turkey snubbed Greece.", "code", "-", "--verbs", bad);
        Assert.Equal(5, failed.ExitCode);
        Assert.Contains($"{bad}:2: error: references unknown code '999'", failed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingVerbsFileIsAUsageError()
    {
        var result = CliRunner.Run(string.Empty, "dict", "stats", "--verbs", Path.Combine(_directory, "none.verbs"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void PetrarchDictionaryStatsReportTheImport()
    {
        var reference = RepositoryPaths.SharedReference;
        if (reference is null)
        {
            Assert.False(RepositoryPaths.InCi, "../shared/reference is missing in CI.");
            return;
        }

        var result = CliRunner.Run(string.Empty, "dict", "stats", "--json", "--verbs", Path.Combine(reference, "petrarch2", "CAMEO.2.0.txt"));
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var import = json.RootElement.GetProperty("imports")[0];
        Assert.Equal(4668, import.GetProperty("pattern_lines").GetInt32());
        // 13 skipped: 9 codes outside the codebook, 2 undefined synsets, 1 '[080!]', 1 line without '*' (the '%'
        // compound line is imported since the COMPOUND slot exists)
        Assert.Equal(4655, import.GetProperty("patterns_imported").GetInt32());
        Assert.Equal(13, import.GetProperty("patterns_skipped").GetInt32());
    }
}
