using System.Text;
using System.Text.Json;
using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary><c>parley code</c>: the output contract and every error case of the foundation issue.</summary>
public sealed class CodeCommandTests : IDisposable
{
    private static readonly string[] TopLevelFields =
    [
        "doc", "sentence", "text", "date", "date_precision", "source", "target", "cameo", "root", "plover",
        "quad_class", "goldstein", "modality", "location", "confidence", "explanation",
    ];

    private static readonly string[] ActorFields = ["code", "country", "org", "role", "name", "text"];

    private readonly string _directory = Directory.CreateTempSubdirectory("parley-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    [Fact]
    public void ShippedExampleProducesJsonLinesWithEveryContractField()
    {
        var result = CliRunner.Run(string.Empty, "code", RepositoryPaths.InRepo("examples", "armenia-azerbaijan.txt"), "--date", "2022-10-31");
        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.StdoutLines);
        foreach (var line in result.StdoutLines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in TopLevelFields)
            {
                Assert.True(root.TryGetProperty(field, out _), $"field '{field}' is missing in {line}");
            }

            foreach (var field in ActorFields)
            {
                Assert.True(root.GetProperty("source").TryGetProperty(field, out _), $"source.{field} is missing");
            }

            if (root.GetProperty("target").ValueKind == JsonValueKind.Object)
            {
                foreach (var field in ActorFields)
                {
                    Assert.True(root.GetProperty("target").TryGetProperty(field, out _), $"target.{field} is missing");
                }
            }

            // The sentences of the example say "on Sunday" (2022-10-30, the day before publication) or give no date.
            Assert.Contains(root.GetProperty("date").GetString(), new[] { "2022-10-30", "2022-10-31" });
            Assert.Contains(root.GetProperty("date_precision").GetString(), new[] { "day", "week", "month", "year", "publication" });
            Assert.Contains(root.GetProperty("modality").GetString(), new[] { "asserted", "negated", "hypothetical", "desired", "future" });
            var cameo = root.GetProperty("cameo").GetString()!;
            Assert.StartsWith(root.GetProperty("root").GetString()!, cameo, StringComparison.Ordinal);
            Assert.InRange(root.GetProperty("quad_class").GetInt32(), 1, 4);
            Assert.InRange(root.GetProperty("goldstein").GetDouble(), -10, 10);
            Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.Equal(JsonValueKind.Object, root.GetProperty("explanation").ValueKind);
        }
    }

    [Fact]
    public void MeetingBetweenLeadersIsCodedAsConsultation()
    {
        var result = CliRunner.Run("Armenian Prime Minister Nikol Pashinyan met with Azerbaijani President Ilham Aliyev in Brussels.", "code", "-", "--date", "2023-07-15");
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var root = json.RootElement;
        Assert.Equal("ARMGOV", root.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("AZEGOV", root.GetProperty("target").GetProperty("code").GetString());
        // Two leaders meeting in a third country: CAMEO 044, "Meet at a third location" (root 04, CONSULT).
        Assert.Equal("044", root.GetProperty("cameo").GetString());
        Assert.Equal("CONSULT", root.GetProperty("plover").GetString());
        Assert.Equal("Brussels", root.GetProperty("location").GetProperty("name").GetString());
    }

    [Fact]
    public void NegatedEventIsMarkedNotAsserted()
    {
        var result = CliRunner.Run("Azerbaijan did not sign the agreement with Armenia.", "code", "--date", "2023-07-15");
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Equal("negated", json.RootElement.GetProperty("modality").GetString());
    }

    [Fact]
    public void JsonLinesRecordsUseTheirOwnDatesAndIds()
    {
        var result = CliRunner.Run("{\"id\":\"x1\",\"date\":\"2021-03-04\",\"text\":\"Turkey criticized Greece.\"}\n", "code", "-");
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Equal("x1", json.RootElement.GetProperty("doc").GetString());
        Assert.Equal("2021-03-04", json.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void TsvHasAHeaderAndOneLinePerEvent()
    {
        var result = CliRunner.Run("Turkey criticized Greece. Greece accused Turkey.", "code", "--format", "tsv", "--date", "2021-03-04");
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdoutLines;
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("doc\tsentence\tdate", lines[0], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Equal(lines[0].Split('\t').Length, l.Split('\t').Length));
    }

    [Fact]
    public void TableAndExplainAreReadable()
    {
        var table = CliRunner.Run("Turkey criticized Greece.", "code", "--format", "table");
        Assert.Contains("111 Criticize or denounce", table.Stdout, StringComparison.Ordinal);
        var explain = CliRunner.Run("Turkey criticized Greece.", "code", "--explain");
        Assert.Contains("pattern", explain.Stdout, StringComparison.Ordinal);
        Assert.Contains("source   \"Turkey\" -> TUR", explain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsReportedAndNothingCodedExitsOne()
    {
        var missing = Path.Combine(_directory, "missing.txt");
        var result = CliRunner.Run(string.Empty, "code", missing);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{missing}: no such file or directory.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OneBadFileDoesNotStopTheOthers()
    {
        var good = Write("good.txt", "Turkey criticized Greece.");
        var binary = Write("bad.txt", [0x00, 0x01, 0x02, 0x03]);
        var result = CliRunner.Run(string.Empty, "code", binary, good);
        Assert.Equal(3, result.ExitCode);
        Assert.Single(result.StdoutLines);
        Assert.Contains("binary file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8IsAClearError()
    {
        var path = Write("latin1.txt", [0x54, 0x75, 0x72, 0x6B, 0x65, 0x79, 0x20, 0xE9]);
        var result = CliRunner.Run(string.Empty, "code", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not valid UTF-8 at byte 7", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyInputIsAClearError()
    {
        var result = CliRunner.Run(string.Empty, "code", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("stdin: the input is empty.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonLinesRecordIsReportedWithItsLineAndTheRestCoded()
    {
        var path = Write("wire.jsonl", "{\"id\":\"a\",\"text\":\"Turkey criticized Greece.\"}\n{broken\n{\"id\":\"b\",\"text\":\"Greece accused Turkey.\"}\n");
        var result = CliRunner.Run(string.Empty, "code", path);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Count);
        Assert.Contains($"{path}:2: not valid JSON", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-13-01")]
    [InlineData("31.10.2022")]
    [InlineData("yesterday")]
    public void InvalidDateIsAUsageError(string date)
    {
        var result = CliRunner.Run("Turkey criticized Greece.", "code", "--date", date);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--date '{date}' is not a valid date; expected YYYY-MM-DD", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void UnknownFormatIsAUsageError()
    {
        var result = CliRunner.Run("Turkey criticized Greece.", "code", "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("use jsonl, tsv or table", result.Stderr, StringComparison.Ordinal);
    }

    // Descriptions are console markup: a bracket in one ("[{...}]") once made 'parley eval --help' an internal error.
    [Theory]
    [InlineData("code")]
    [InlineData("actors", "lookup")]
    [InlineData("ingest")]
    [InlineData("recode")]
    [InlineData("events")]
    [InlineData("export")]
    [InlineData("dict", "stats")]
    [InlineData("dict", "check")]
    [InlineData("eval")]
    [InlineData("bench")]
    [InlineData("tag")]
    public void EveryCommandPrintsItsHelp(params string[] command)
    {
        var result = CliRunner.Run(string.Empty, [.. command, "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("USAGE:", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOptionIsAUsageErrorWithoutStackTrace()
    {
        var result = CliRunner.Run(string.Empty, "code", "--frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("parley --help", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NonEnglishDocumentIsReportedInsteadOfCoded()
    {
        var path = Write("de.txt", "Die Außenminister Armeniens und Aserbaidschans haben sich am Dienstag in Washington getroffen, um über einen Friedensvertrag zu verhandeln.");
        var result = CliRunner.Run(string.Empty, "code", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not look like English", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void DirectoryIsReadRecursivelyAndOtherFilesAreNamed()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "in", "sub"));
        File.WriteAllText(Path.Combine(_directory, "in", "a.txt"), "Turkey criticized Greece.");
        File.WriteAllText(Path.Combine(_directory, "in", "sub", "b.html"), "<p>Greece accused Turkey.</p>");
        File.WriteAllText(Path.Combine(_directory, "in", "notes.docx"), "x");
        var result = CliRunner.Run(string.Empty, "code", Path.Combine(_directory, "in"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Count);
        Assert.Contains(".docx (1)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryLineCountsDocumentsSentencesAndEvents()
    {
        var result = CliRunner.Run("Turkey criticized Greece. Nothing else happened.", "code");
        Assert.Contains("coded 1 document(s), 2 sentence(s), 1 event(s); skipped 0 input(s).", result.Stderr, StringComparison.Ordinal);
        var quiet = CliRunner.Run("Turkey criticized Greece.", "code", "--quiet");
        Assert.Empty(quiet.Stderr);
    }

    [Fact]
    public void OutputIsTheSameInTheSameOrderWhateverTheThreads()
    {
        // Given many documents (the shipped examples, written several times over)
        var article = File.ReadAllText(RepositoryPaths.InRepo("examples", "armenia-azerbaijan.txt"));
        var wire = File.ReadAllText(RepositoryPaths.InRepo("examples", "wire.jsonl"));
        for (var i = 0; i < 20; i++)
        {
            Write($"{i:D2}-article.txt", article);
            Write($"{i:D2}-wire.jsonl", wire);
        }

        // When they are coded on one thread and on three
        var one = CliRunner.Run(string.Empty, "code", _directory, "--date", "2022-10-31", "--threads", "1");
        var three = CliRunner.Run(string.Empty, "code", _directory, "--date", "2022-10-31", "--threads", "3");

        // Then the output is byte for byte the same
        Assert.Equal(0, one.ExitCode);
        Assert.True(one.StdoutLines.Count > 40);
        Assert.Equal(one.Stdout, three.Stdout);
        Assert.Equal(one.Stderr, three.Stderr);
    }
}
