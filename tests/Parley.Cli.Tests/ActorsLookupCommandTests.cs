using System.Text.Json;

namespace Parley.Cli.Tests;

public sealed class ActorsLookupCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parley-lookup-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void JsonShowsCodeCountryRoleNameAndTheDatedOffice()
    {
        var result = CliRunner.Run(string.Empty, "actors", "lookup", "Lukashenka", "--date", "2022-10-31", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var match = Assert.Single(json.RootElement.GetProperty("matches").EnumerateArray());
        Assert.Equal("BLRGOV", match.GetProperty("code").GetString());
        Assert.Equal("BLR", match.GetProperty("country").GetString());
        Assert.Equal(JsonValueKind.Null, match.GetProperty("org").ValueKind);
        Assert.Equal("GOV", match.GetProperty("role").GetString());
        Assert.Equal("Alexander Lukashenko", match.GetProperty("name").GetString());
        Assert.Equal("President", match.GetProperty("entry").GetProperty("office").GetProperty("title").GetString());
    }

    [Fact]
    public void NoMatchExitsOneWithAMessage()
    {
        var result = CliRunner.Run(string.Empty, "actors", "lookup", "the quick brown fox");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("matches no actor", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchPrintsOneObjectPerLineInOrderWithEmptyMatchesForUnknownPhrases()
    {
        var batch = Path.Combine(_directory, "phrases.tsv");
        File.WriteAllText(batch, "# phrase\tdate\nPutin\t2010-06-01\nnobody at all\t2020-01-01\nthe Armenian prime minister\t2022-10-31\n");
        var result = CliRunner.Run(string.Empty, "actors", "lookup", "--batch", batch, "--json");
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdoutLines;
        Assert.Equal(3, lines.Count);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal("RUSGOV", first.RootElement.GetProperty("matches")[0].GetProperty("code").GetString());
            Assert.Equal("2010-06-01", first.RootElement.GetProperty("date").GetString());
        }

        using (var second = JsonDocument.Parse(lines[1]))
        {
            Assert.Equal(0, second.RootElement.GetProperty("matches").GetArrayLength());
        }

        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal("ARMGOV", third.RootElement.GetProperty("matches")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void ImportedDictionaryWinsOverBuiltIn()
    {
        var actors = Path.Combine(_directory, "mine.actors");
        File.WriteAllText(actors, "PUTIN_ [XXXGOV]\n");
        var result = CliRunner.Run(string.Empty, "actors", "lookup", "Putin", "--actors", actors);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("XXXGOV", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 record(s), 1 phrase(s), 0 line(s) skipped", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDictionaryFolderIsAUsageError()
    {
        var result = CliRunner.Run(string.Empty, "actors", "lookup", "Putin", "--dict", Path.Combine(_directory, "nope"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a directory", result.Stderr, StringComparison.Ordinal);
    }
}
