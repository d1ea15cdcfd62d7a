using Parley.Events;
using static Parley.Store.Tests.StoreTestInputs;

namespace Parley.Store.Tests;

public sealed class EventStoreTests
{
    [Fact]
    public void IngestingTheSameDirectoryTwiceAddsNothing()
    {
        // Given a directory of 520 generated articles
        using var temp = NewTempDirectory();
        var corpus = Path.Combine(temp.Path, "corpus");
        CorpusGenerator.WriteTextFiles(corpus, 520, seed: 1);
        using var store = EventStore.Open(temp.File("store.duckdb"));

        // When it is ingested twice
        var first = Ingest(store, corpus, new DateOnly(2024, 3, 5), threads: 2, batchSize: 100);
        var afterFirst = store.Counts();
        var second = Ingest(store, corpus, new DateOnly(2024, 3, 5), threads: 2, batchSize: 100);

        // Then the first run stores every document and the second adds nothing
        Assert.Equal(520, first.Progress.Added);
        Assert.Equal(520, afterFirst.Documents);
        Assert.True(afterFirst.Mentions > 520, $"expected more than one mention per article, got {afterFirst.Mentions}");
        Assert.True(afterFirst.Events < afterFirst.Mentions, "mentions of the same dyad, root and day should be merged");
        Assert.Equal(0, second.Progress.Added);
        Assert.Equal(520, second.Progress.AlreadyStored);
        Assert.Equal(afterFirst, store.Counts());
        AssertConsistent(store);
    }

    [Fact]
    public void RecodingReplacesTheMentionsOfEachDocumentAndKeepsEventsConsistent()
    {
        using var store = EventStore.OpenInMemory();
        Ingest(store, TestData("same-events.jsonl"));
        var before = store.Counts();
        var coder = DocumentCoder.CreateDefault();

        // Re-code every document (as a new dictionary version would), in two batches
        var hashes = store.DocumentsToRecode(codingVersion: null);
        foreach (var chunk in hashes.Chunk(5))
        {
            var documents = store.ReadDocuments(chunk)
                .Select(d => CodedDocument.From(coder.Code(d.Document), d.ContentHash, "test version 2"))
                .ToList();
            store.ReplaceMentions(documents);
        }

        store.RebuildEvents();

        Assert.Equal(before, store.Counts());
        Assert.Empty(store.DocumentsToRecode("test version 2"));
        Assert.Equal(hashes.Count, store.DocumentsToRecode(CodingVersion.Of(coder)).Count);
        AssertConsistent(store);
    }

    [Fact]
    public void AnotherDuckDbDatabaseIsNotMistakenForAStore()
    {
        using var temp = NewTempDirectory();
        var path = temp.File("other.duckdb");
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE sales(id INTEGER)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => EventStore.Open(path));
        Assert.Contains("not a Parley store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotADatabaseIsReportedInOneLine()
    {
        using var temp = NewTempDirectory();
        var path = temp.File("notes.duckdb");
        File.WriteAllText(path, new string('x', 8192));

        var error = Assert.Throws<StoreException>(() => EventStore.Open(path));

        Assert.StartsWith(path + ": this file is not a DuckDB database", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    /// <summary>Every mention belongs to exactly one event, ids are unique, and counts agree between the tables.</summary>
    internal static void AssertConsistent(EventStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT
              (SELECT count(*) - count(DISTINCT content_hash) FROM documents),
              (SELECT count(*) - count(DISTINCT mention_id) FROM mentions),
              (SELECT count(*) - count(DISTINCT event_id) FROM events),
              (SELECT count(*) FROM mentions m WHERE (SELECT count(*) FROM event_mentions l WHERE l.mention_id = m.mention_id) <> 1),
              (SELECT count(*) FROM events e WHERE e.mention_count <> (SELECT count(*) FROM event_mentions l WHERE l.event_id = e.event_id)),
              (SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = m.content_hash)),
              (SELECT coalesce(sum(mention_count), 0) FROM documents) - (SELECT count(*) FROM mentions)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        string[] checks = ["duplicate documents", "duplicate mentions", "duplicate events", "mentions not in exactly one event",
            "events whose mention_count is wrong", "mentions without a document", "documents.mention_count minus mentions"];
        for (var i = 0; i < checks.Length; i++)
        {
            Assert.True(reader.GetInt64(i) == 0, $"{checks[i]}: {reader.GetInt64(i)}");
        }
    }
}
