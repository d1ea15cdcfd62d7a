using System.Text;
using Parley.Text.Readers;

namespace Parley.Tests.Text;

public sealed class ReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parley-readers-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content) => WriteBytes(name, Encoding.UTF8.GetBytes(content));

    private string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void PlainTextFileIsOneDocumentWithTheGivenDate()
    {
        var path = Write("a.txt", "Russia and Belarus held drills.");
        var result = Assert.Single(DocumentReader.ReadFile(path, new DateOnly(2022, 10, 31)));
        Assert.NotNull(result.Document);
        Assert.Equal(path, result.Document.Id);
        Assert.Equal(new DateOnly(2022, 10, 31), result.Document.PublicationDate);
    }

    [Fact]
    public void JsonLinesRecordsCarryTheirOwnIdsAndDates()
    {
        var path = Write("a.jsonl", """
            {"id": "r1", "text": "Turkey offered to mediate.", "date": "2023-05-01", "title": "T", "url": "https://example.org/1", "source": "Wire"}
            {"id": 7, "text": "Iran rejected the proposal.", "pub_date": "2023-05-02T10:00:00+03:00"}
            """);
        var results = DocumentReader.ReadFile(path, null).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("r1", results[0].Document!.Id);
        Assert.Equal("Wire", results[0].Document!.Source);
        Assert.Equal(new DateOnly(2023, 5, 1), results[0].Document!.PublicationDate);
        Assert.Equal("7", results[1].Document!.Id);
        Assert.Equal(new DateOnly(2023, 5, 2), results[1].Document!.PublicationDate);
    }

    [Fact]
    public void MalformedJsonLineIsReportedWithItsLineNumberAndTheRestIsRead()
    {
        var path = Write("b.jsonl", "{\"id\":\"ok1\",\"text\":\"One.\"}\n{not json\n{\"id\":\"ok2\",\"text\":\"Two.\"}\n{\"id\":\"no-text\"}\n[1,2]\n{\"id\":\"bad-date\",\"text\":\"Three.\",\"date\":\"yesterday\"}\n");
        var results = DocumentReader.ReadFile(path, null).ToList();
        Assert.Equal(["ok1", "ok2"], results.Where(r => r.Document is not null).Select(r => r.Document!.Id));
        var problems = results.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();
        Assert.Equal([$"{path}:2", $"{path}:4", $"{path}:5", $"{path}:6"], problems.Select(p => p.Origin));
        Assert.Contains("not valid JSON", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("\"text\"", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("JSON object", problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("yesterday", problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlPageYieldsItsMainTextWithParagraphsAndInlineLinks()
    {
        var html = """
            <html><head><title>Talks in Brussels</title><script>var x = "Russia attacked";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Leaders meet in Brussels</h1>
            <p>The talks between the President of Azerbaijan <a href="/aliyev">Ilham Aliyev</a> and the Prime Minister of Armenia
            <a href="/pashinyan">Nikol Pashinyan</a> ended on Sunday after five hours of negotiations hosted by the European Council.</p>
            <p>Both sides agreed to meet again next month, officials said, and to continue work on border delimitation between the two countries.</p>
            <p>The European Union offered to send more monitors to the border region, according to a statement released after the meeting.</p>
            </article><footer>Copyright</footer></body></html>
            """;
        var path = Write("page.html", html);
        var document = Assert.Single(DocumentReader.ReadFile(path, null)).Document;
        Assert.NotNull(document);
        Assert.Contains("Ilham Aliyev and the Prime Minister of Armenia", document.Text.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("var x", document.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFileIsReportedNotRead()
    {
        var path = WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var problem = Assert.Single(DocumentReader.ReadFile(path, null)).Problem;
        Assert.NotNull(problem);
        Assert.Contains("binary", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8IsReportedWithItsOffset()
    {
        var path = WriteBytes("latin1.txt", [.. "Caf"u8.ToArray(), 0xE9, .. " talks resumed."u8.ToArray()]);
        var problem = Assert.Single(DocumentReader.ReadFile(path, null)).Problem;
        Assert.NotNull(problem);
        Assert.Contains("not valid UTF-8 at byte 3", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    public void EmptyInputIsReported(string content)
    {
        var path = Write("empty.txt", content);
        var problem = Assert.Single(DocumentReader.ReadFile(path, null)).Problem;
        Assert.NotNull(problem);
        Assert.Contains("empty", problem.Message + (problem.Message.Contains("no text", StringComparison.Ordinal) ? " empty" : string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsReported()
    {
        var problem = Assert.Single(DocumentReader.ReadFile(Path.Combine(_directory, "nope.txt"), null)).Problem;
        Assert.NotNull(problem);
        Assert.Equal("no such file.", problem.Message);
    }

    [Fact]
    public void DirectoriesAreWalkedInOrderAndOtherFilesAreNamed()
    {
        Write("d/b.txt", "B.");
        Write("d/a.jsonl", "{\"text\":\"A.\"}");
        Write("d/sub/c.html", "<p>C.</p>");
        Write("d/report.pdf", "%PDF");
        Write("d/.hidden.txt", "hidden");
        var expanded = InputPaths.Expand([Path.Combine(_directory, "d"), Path.Combine(_directory, "missing")]);
        Assert.Equal(["a.jsonl", "b.txt", "c.html"], expanded.Files.Select(Path.GetFileName));
        Assert.Contains(".pdf (1)", Assert.Single(expanded.Notices).Message, StringComparison.Ordinal);
        Assert.Equal("no such file or directory.", Assert.Single(expanded.Problems).Message);
    }

    [Theory]
    [InlineData("{\"text\":\"x\"}", InputFormat.JsonLines)]
    [InlineData("  <!doctype html>", InputFormat.Html)]
    [InlineData("Russia attacked.", InputFormat.PlainText)]
    public void StandardInputFormatIsSniffed(string content, InputFormat expected)
    {
        Assert.Equal(expected, DocumentReader.Sniff(Encoding.UTF8.GetBytes(content)));
    }
}
