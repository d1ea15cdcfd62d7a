using Parley.Cli;
using Parley.Cli.Tests;
using Parley.Store.Export;
using static Parley.Store.Tests.StoreTestInputs;

namespace Parley.Store.Tests;

public sealed class IngestCommandTests
{
    private const string Date = "2024-03-05";

    [Fact]
    public void AnIngestKilledMidRunIsCompletedByARerunWithTheCountsOfAnUninterruptedRun()
    {
        using var temp = NewTempDirectory();
        var corpus = Path.Combine(temp.Path, "corpus");
        var db = temp.File("crash.duckdb");

        // Given a store that holds 600 articles, ingested twice
        CorpusGenerator.WriteTextFiles(corpus, 600, seed: 3);
        Assert.Equal(ParleyApp.Success, CliRunner.Run("", "ingest", corpus, "--db", db, "--date", Date).ExitCode);
        var once = Counts(db);
        Assert.Equal(ParleyApp.Success, CliRunner.Run("", "ingest", corpus, "--db", db, "--date", Date).ExitCode);
        Assert.Equal(once, Counts(db));
        Assert.Equal(600, once.Documents);

        // When a third ingest of a larger set (2000 articles) is killed after its first committed batch
        CorpusGenerator.WriteTextFiles(corpus, 1400, seed: 4, firstIndex: 600);
        using (var child = ParleyProcess.Start("ingest", corpus, "--db", db, "--date", Date, "--batch-size", "20", "--progress-every", "0"))
        {
            ParleyProcess.WaitForLine(child, line => line.Contains(" stored,", StringComparison.Ordinal) && !line.Contains(" 0 stored,", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            Assert.False(child.HasExited, "the ingest finished before it could be killed; give it more documents");
            child.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no final commit
            child.WaitForExit();
        }

        var interrupted = Counts(db);
        Assert.InRange(interrupted.Documents, 601, 1999);

        // Then a rerun ends with exactly the counts of an uninterrupted run over the same input
        var rerun = CliRunner.Run("", "ingest", corpus, "--db", db, "--date", Date);
        Assert.Equal(ParleyApp.Success, rerun.ExitCode);
        var reference = temp.File("reference.duckdb");
        Assert.Equal(ParleyApp.Success, CliRunner.Run("", "ingest", corpus, "--db", reference, "--date", Date).ExitCode);
        Assert.Equal(2000, Counts(reference).Documents);
        Assert.Equal(Counts(reference), Counts(db));
        using var store = EventStore.Open(db);
        using var referenceStore = EventStore.Open(reference);
        EventStoreTests.AssertConsistent(store);
        Assert.Equal(
            referenceStore.QueryEvents(new EventQuery()).Select(e => (e.EventId, e.MentionCount)).Order(),
            store.QueryEvents(new EventQuery()).Select(e => (e.EventId, e.MentionCount)).Order());
    }

    [Fact]
    public void ParquetExportIsReadBackByDuckDbWithTheSameRowCounts()
    {
        using var temp = NewTempDirectory();
        var db = temp.File("store.duckdb");
        Assert.Equal(ParleyApp.Success, CliRunner.Run("", "ingest", TestData("same-events.jsonl"), "--db", db).ExitCode);
        var counts = Counts(db);

        foreach (var (table, expected) in new[] { ("events", counts.Events), ("mentions", counts.Mentions), ("documents", counts.Documents) })
        {
            var output = temp.File(table + ".parquet");
            var result = CliRunner.Run("", "export", "--db", db, "--format", "parquet", "--table", table, "--out", output);
            Assert.Equal(ParleyApp.Success, result.ExitCode);
            Assert.Equal(expected, CountRows($"read_parquet('{output}')"));
        }

        var jsonl = temp.File("events.jsonl");
        Assert.Equal(ParleyApp.Success, CliRunner.Run("", "export", "--db", db, "--format", "jsonl", "--out", jsonl).ExitCode);
        Assert.Equal(counts.Events, File.ReadAllLines(jsonl).Length);
    }

    [Fact]
    public void GdeltExportHasGdeltsSixtyOneColumnsOnEveryLine()
    {
        using var temp = NewTempDirectory();
        var db = temp.File("store.duckdb");
        CliRunner.Run("", "ingest", TestData("same-events.jsonl"), "--db", db);
        var output = temp.File("events.gdelt.tsv");

        Assert.Equal(ParleyApp.Success, CliRunner.Run("", "export", "--db", db, "--format", "gdelt", "--out", output).ExitCode);

        var lines = File.ReadAllLines(output);
        Assert.Equal(Counts(db).Events, lines.Length);
        Assert.Equal(61, StoreExporter.GdeltColumns.Count);
        Assert.All(lines, line => Assert.Equal(61, line.Split('\t').Length));
        Assert.Contains(lines, line => line.Split('\t') is var f && f[5] == "RUSMIL" && f[7] == "RUS" && f[15] == "UKR" && f[28] == "19" && f[31] == "3");
    }

    [Fact]
    public void EventsCanBeQueriedByActorRootAndMentions()
    {
        using var temp = NewTempDirectory();
        var db = temp.File("store.duckdb");
        CliRunner.Run("", "ingest", TestData("same-events.jsonl"), "--db", db);

        var result = CliRunner.Run("", "events", "--db", db, "--actor", "UKR", "--root", "19", "--min-mentions", "2", "--format", "tsv");

        Assert.Equal(ParleyApp.Success, result.ExitCode);
        var lines = result.StdoutLines;
        Assert.Equal(2, lines.Count);
        Assert.Contains("\tRUS\tRUSMIL\tUKR\t", lines[1], StringComparison.Ordinal);
        Assert.Contains("\t3\t3\t3\tDaily Ledger; Harbour Post; Northern Wire\t", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableDocumentsAreReportedAndSkippedWithoutStoppingTheRun()
    {
        using var temp = NewTempDirectory();
        var corpus = Path.Combine(temp.Path, "corpus");
        CorpusGenerator.WriteTextFiles(corpus, 5, seed: 9);
        File.WriteAllBytes(Path.Combine(corpus, "broken.txt"), [0x50, 0x00, 0x01, 0x02]);
        File.WriteAllText(Path.Combine(corpus, "empty.txt"), "");

        var result = CliRunner.Run("", "ingest", corpus, "--db", temp.File("store.duckdb"), "--date", Date);

        Assert.Equal(ParleyApp.PartlySkipped, result.ExitCode);
        Assert.Contains("broken.txt: this is a binary file", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("empty.txt: the input is empty.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("ingested 5 new document(s)", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(5, Counts(temp.File("store.duckdb")).Documents);
    }

    [Fact]
    public void AFileThatIsNotADatabaseGivesOneClearLine()
    {
        using var temp = NewTempDirectory();
        var db = temp.File("notes.duckdb");
        File.WriteAllText(db, new string('x', 8192));

        var result = CliRunner.Run("", "ingest", TestData("same-events.jsonl"), "--db", db);

        Assert.Equal(ParleyApp.StoreError, result.ExitCode);
        Assert.Equal($"parley: {db}: this file is not a DuckDB database (it may be corrupt or another kind of file); choose another --db or restore the file from a backup.", result.Stderr.Trim());
    }

    internal static StoreCounts Counts(string db)
    {
        using var store = EventStore.Open(db);
        return store.Counts();
    }

    private static long CountRows(string source)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {source}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
