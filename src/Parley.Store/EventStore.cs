using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using DuckDB.NET.Data;
using Parley.Coding;
using Parley.Events;
using Parley.Events.Output;
using Parley.Ontology;
using Parley.Store.Deduplication;
using Parley.Store.Internal;
using Parley.Text;

namespace Parley.Store;

/// <summary>
/// The event store: one DuckDB file with documents, mentions (coded event instances) and events (clusters of
/// mentions of the same happening), as documented in docs/store.md. One writer per file: DuckDB locks the file
/// against other processes. Every write is one transaction, so a batch is stored whole or not at all, and a
/// process killed at any moment leaves the batches committed before it. Events are rebuilt from mentions for
/// the groups a run touched (<see cref="RebuildEvents"/>) at the end of the run, or when the store is next
/// opened if the run was killed first.
/// </summary>
public sealed class EventStore : IDisposable
{
    private static readonly JsonWriterOptions ExplanationJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly DuckDBConnection _connection;
    private readonly TimeProvider _time;

    private EventStore(DuckDBConnection connection, string displayPath, DeduplicationOptions deduplication, TimeProvider time)
    {
        _connection = connection;
        DisplayPath = displayPath;
        Deduplication = deduplication;
        _time = time;
    }

    /// <summary>The database file as the user named it (":memory:" for an in-memory store).</summary>
    public string DisplayPath { get; }

    /// <summary>How mentions are clustered into events.</summary>
    public DeduplicationOptions Deduplication { get; }

    internal DuckDBConnection Connection => _connection;

    /// <summary>Opens the store in <paramref name="path"/>, creating the file and its tables when they do not exist.</summary>
    /// <exception cref="StoreException">The file is locked by another process, is not a DuckDB database or not a Parley store, or cannot be written.</exception>
    public static EventStore Open(string path, DeduplicationOptions? deduplication = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException($"{path}: the folder {directory} does not exist; create it or choose another --db.");
        }

        return OpenConnection($"Data Source={path}", path, deduplication, time);
    }

    /// <summary>Opens an empty store in memory (for tests and one-off runs).</summary>
    public static EventStore OpenInMemory(DeduplicationOptions? deduplication = null, TimeProvider? time = null) =>
        OpenConnection("Data Source=:memory:", ":memory:", deduplication, time);

    /// <summary>How many documents, mentions and events the store holds.</summary>
    public StoreCounts Counts() => Run(() =>
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions), (SELECT count(*) FROM events)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    });

    /// <summary>The content hashes of every stored document.</summary>
    public HashSet<string> DocumentHashes() => Run(() =>
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT content_hash FROM documents";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }

        return hashes;
    });

    /// <summary>The URLs of every stored document that has one (a feed reader skips fetching them again).</summary>
    public HashSet<string> DocumentUrls() => Run(() =>
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT url FROM documents WHERE url IS NOT NULL";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            urls.Add(reader.GetString(0));
        }

        return urls;
    });

    /// <summary>
    /// Adds new documents with their mentions in one transaction, and marks the event groups they touch for
    /// <see cref="RebuildEvents"/>. The caller makes sure the documents are not stored yet (<see cref="DocumentHashes"/>).
    /// </summary>
    public void AddDocuments(IReadOnlyList<CodedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }

        Run(() =>
        {
            using var transaction = _connection.BeginTransaction();
            var ingestedAt = _time.GetUtcNow().UtcDateTime;
            var touched = new HashSet<string>(StringComparer.Ordinal);
            AppendDocuments(documents, ingestedAt);
            AppendMentions(documents, touched);
            MarkDirty(touched);
            transaction.Commit();
            return 0;
        });
    }

    /// <summary>
    /// Replaces the mentions of already stored documents with newly coded ones (a re-code with a new dictionary)
    /// and updates their coding version, in one transaction; the event groups of their old and new mentions are
    /// marked for <see cref="RebuildEvents"/>.
    /// </summary>
    public void ReplaceMentions(IReadOnlyList<CodedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }

        Run(() =>
        {
            using var transaction = _connection.BeginTransaction();
            FillTouched(documents.Select(d => d.ContentHash));
            var touched = new HashSet<string>(StringComparer.Ordinal);
            using (var command = _connection.CreateCommand())
            {
                // The old mentions' groups must be re-clustered too.
                command.CommandText = """
                    SELECT DISTINCT group_key FROM mentions WHERE content_hash IN (SELECT key FROM scratch_keys);
                    """;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    touched.Add(reader.GetString(0));
                }
            }

            Execute("""
                DELETE FROM mentions WHERE content_hash IN (SELECT key FROM scratch_keys);
                """);
            foreach (var document in documents)
            {
                using var command = _connection.CreateCommand();
                command.CommandText = "UPDATE documents SET coding_version = $version, sentence_count = $sentences, mention_count = $mentions WHERE content_hash = $hash";
                command.Parameters.Add(new DuckDBParameter("version", document.CodingVersion));
                command.Parameters.Add(new DuckDBParameter("sentences", document.SentenceCount));
                command.Parameters.Add(new DuckDBParameter("mentions", document.Events.Count));
                command.Parameters.Add(new DuckDBParameter("hash", document.ContentHash));
                command.ExecuteNonQuery();
            }

            AppendMentions(documents, touched);
            MarkDirty(touched);
            transaction.Commit();
            return 0;
        });
    }

    /// <summary>
    /// Rebuilds the events of every group whose mentions changed since the last rebuild, from all their mentions,
    /// in one transaction. Ingest and re-code runs call it at their end; <see cref="Open"/> calls it too, so that
    /// a run killed before its rebuild leaves no stale events behind. Returns the number of groups rebuilt.
    /// </summary>
    public int RebuildEvents() => Run(() =>
    {
        using var transaction = _connection.BeginTransaction();
        var groups = new HashSet<string>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT group_key FROM dirty_groups";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                groups.Add(reader.GetString(0));
            }
        }

        if (groups.Count == 0)
        {
            return 0;
        }

        Recluster(groups);
        Execute("DELETE FROM dirty_groups");
        transaction.Commit();
        return groups.Count;
    });

    /// <summary>The content hashes of the documents coded with another version than <paramref name="codingVersion"/> (all with <c>null</c>), sorted.</summary>
    public IReadOnlyList<string> DocumentsToRecode(string? codingVersion) => Run(() =>
    {
        var hashes = new List<string>();
        using var command = _connection.CreateCommand();
        command.CommandText = codingVersion is null
            ? "SELECT content_hash FROM documents ORDER BY content_hash"
            : "SELECT content_hash FROM documents WHERE coding_version <> $version ORDER BY content_hash";
        if (codingVersion is not null)
        {
            command.Parameters.Add(new DuckDBParameter("version", codingVersion));
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }

        return (IReadOnlyList<string>)hashes;
    });

    /// <summary>Reads stored documents back as the reader produced them (for re-coding).</summary>
    public IReadOnlyList<(string ContentHash, SourceDocument Document)> ReadDocuments(IReadOnlyList<string> contentHashes)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        return Run(() =>
        {
            FillTouched(contentHashes);
            var documents = new List<(string, SourceDocument)>();
            using var command = _connection.CreateCommand();
            command.CommandText = """
                SELECT content_hash, doc_id, text, publication_date, title, url, source, origin FROM documents
                WHERE content_hash IN (SELECT key FROM scratch_keys) ORDER BY content_hash
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                documents.Add((reader.GetString(0), new SourceDocument(
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                    NullableString(reader, 4),
                    NullableString(reader, 5),
                    NullableString(reader, 6),
                    reader.GetString(7))));
            }

            return (IReadOnlyList<(string, SourceDocument)>)documents;
        });
    }

    /// <summary>Events matching <paramref name="query"/>, most mentioned first, then by date and id.</summary>
    public IReadOnlyList<StoredEvent> QueryEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Run(() =>
        {
            using var command = _connection.CreateCommand();
            var where = new List<string>();
            void Filter(string condition, string name, object? value)
            {
                if (value is not null)
                {
                    where.Add(condition);
                    command.Parameters.Add(new DuckDBParameter(name, value));
                }
            }

            Filter("event_date >= $from", "from", query.From);
            Filter("event_date <= $to", "to", query.To);
            Filter("(source_key = $source OR source_code = $source)", "source", query.Source);
            Filter("(target_key = $target OR target_code = $target)", "target", query.Target);
            Filter("(source_key = $actor OR source_code = $actor OR target_key = $actor OR target_code = $actor)", "actor", query.Actor);
            Filter("starts_with(cameo, $cameo)", "cameo", query.Cameo);
            Filter("mention_count >= $min", "min", query.MinMentions);
            command.CommandText = $"""
                SELECT event_id, event_date, last_date, source_key, source_code, source_name, target_key, target_code, target_name,
                       cameo, root, quad_class, goldstein, modality, location_name, location_country, mention_count, article_count,
                       source_count, sources, first_seen, first_url, confidence
                FROM events {(where.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", where))}
                ORDER BY mention_count DESC, event_date NULLS LAST, event_id
                {(query.Limit is { } limit ? $"LIMIT {limit.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}
                """;
            using var reader = command.ExecuteReader();
            var events = new List<StoredEvent>();
            while (reader.Read())
            {
                events.Add(new StoredEvent(
                    reader.GetInt64(0),
                    NullableDate(reader, 1),
                    NullableDate(reader, 2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.GetString(6),
                    NullableString(reader, 7),
                    NullableString(reader, 8),
                    reader.GetString(9),
                    reader.GetString(10),
                    Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture),
                    reader.GetDouble(12),
                    reader.GetString(13),
                    NullableString(reader, 14),
                    NullableString(reader, 15),
                    reader.GetInt32(16),
                    reader.GetInt32(17),
                    reader.GetInt32(18),
                    reader.GetFieldValue<List<string>>(19),
                    reader.GetDateTime(20),
                    NullableString(reader, 21),
                    reader.GetDouble(22)));
            }

            return (IReadOnlyList<StoredEvent>)events;
        });
    }

    /// <summary>Closes the database; everything committed is in the file.</summary>
    public void Dispose() => _connection.Dispose();

    /// <summary>Runs store work, turning DuckDB's and the file system's errors into one-line <see cref="StoreException"/>s.</summary>
    internal T Run<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is DuckDBException or IOException or DbException)
        {
            throw Translate(e, DisplayPath);
        }
    }

    internal void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static StoreException Translate(Exception e, string path)
    {
        var message = FirstLine(e.Message);
        if (message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase))
        {
            var pid = message.IndexOf("(PID ", StringComparison.Ordinal);
            var close = pid < 0 ? -1 : message.IndexOf(')', pid);
            var holder = close < 0 ? string.Empty : " " + message[pid..(close + 1)];
            return new StoreException($"{path}: the database is in use by another process{holder}; wait for it to finish or choose another --db.", e);
        }

        if (message.Contains("No space left", StringComparison.OrdinalIgnoreCase) || message.Contains("disk is full", StringComparison.OrdinalIgnoreCase)
            || e.HResult == 28 || (e.HResult & 0xFFFF) == 0x70)
        {
            return new StoreException($"{path}: the disk is full; the batches committed before are kept — free some space and run the same command again to add the rest.", e);
        }

        if (message.Contains("not a valid DuckDB database", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreException($"{path}: this file is not a DuckDB database (it may be corrupt or another kind of file); choose another --db or restore the file from a backup.", e);
        }

        if (message.Contains("Corrupt", StringComparison.OrdinalIgnoreCase) || message.Contains("checksum", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Serialization", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreException($"{path}: the database file is corrupt ({message}); restore it from a backup or choose another --db.", e);
        }

        return new StoreException($"{path}: the store failed: {message}", e);
    }

    private static EventStore OpenConnection(string connectionString, string displayPath, DeduplicationOptions? deduplication, TimeProvider? time)
    {
        var options = (deduplication ?? DeduplicationOptions.Default).Validated();
        DuckDBConnection? connection = null;
        try
        {
            connection = new DuckDBConnection(connectionString);
            connection.Open();
            var store = new EventStore(connection, displayPath, options, time ?? TimeProvider.System);
            store.EnsureSchema();
            store.RebuildEvents();
            return store;
        }
        catch (Exception e) when (e is DuckDBException or IOException or DbException)
        {
            connection?.Dispose();
            throw Translate(e, displayPath);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private void EnsureSchema()
    {
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'),
                       (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'parley_store')
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            if (reader.GetInt64(0) > 0 && reader.GetInt64(1) == 0)
            {
                throw new StoreException($"{DisplayPath}: this DuckDB database is not a Parley store (it has other tables); choose another --db.");
            }
        }

        using var transaction = _connection.BeginTransaction();
        Execute(StoreSchema.Create);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT schema_version FROM parley_store";
            var version = command.ExecuteScalar();
            if (version is null)
            {
                using var insert = _connection.CreateCommand();
                insert.CommandText = "INSERT INTO parley_store VALUES ($version, $now)";
                insert.Parameters.Add(new DuckDBParameter("version", StoreSchema.Version));
                insert.Parameters.Add(new DuckDBParameter("now", _time.GetUtcNow().UtcDateTime));
                insert.ExecuteNonQuery();
            }
            else if (Convert.ToInt32(version, CultureInfo.InvariantCulture) != StoreSchema.Version)
            {
                throw new StoreException($"{DisplayPath}: the store has schema version {version}; this Parley reads version {StoreSchema.Version}.");
            }
        }

        transaction.Commit();
    }

    private void AppendDocuments(IReadOnlyList<CodedDocument> documents, DateTime ingestedAt)
    {
        using var appender = _connection.CreateAppender("documents");
        foreach (var d in documents)
        {
            var doc = d.Document;
            appender.CreateRow()
                .AppendValue(d.ContentHash)
                .AppendValue(doc.Id)
                .AppendValue(doc.Url)
                .AppendValue(doc.Title)
                .AppendValue(doc.Source)
                .AppendValue(doc.PublicationDate)
                .AppendValue("en") // the coder codes English only and skips other documents (EnglishDetector)
                .AppendValue(d.CodingVersion)
                .AppendValue(d.SentenceCount)
                .AppendValue(d.Events.Count)
                .AppendValue(ingestedAt)
                .AppendValue(doc.Origin)
                .AppendValue(doc.Text)
                .EndRow();
        }
    }

    private void AppendMentions(IReadOnlyList<CodedDocument> documents, HashSet<string> touched)
    {
        using var appender = _connection.CreateAppender("mentions");
        var json = new ExplanationSerializer();
        foreach (var d in documents)
        {
            for (var ordinal = 0; ordinal < d.Events.Count; ordinal++)
            {
                var e = d.Events[ordinal];
                var sourceKey = ActorKey(e.Source);
                var targetKey = ActorKey(e.Target);
                var groupKey = GroupKey(sourceKey, targetKey, e.Code.Code.Root, e.Modality);
                touched.Add(groupKey);
                appender.CreateRow()
                    .AppendValue(StableIds.MentionId(d.ContentHash, ordinal))
                    .AppendValue(d.ContentHash)
                    .AppendValue(ordinal)
                    .AppendValue(groupKey)
                    .AppendValue(e.SentenceIndex)
                    .AppendValue(e.SentenceText)
                    .AppendValue(e.Date)
                    .AppendValue(EventNames.Of(e.DatePrecision))
                    .AppendValue(sourceKey)
                    .AppendValue(e.Source.Code)
                    .AppendValue(e.Source.Country)
                    .AppendValue(e.Source.Org)
                    .AppendValue(e.Source.Role)
                    .AppendValue(e.Source.Name)
                    .AppendValue(e.Source.Text)
                    .AppendValue(targetKey)
                    .AppendValue(e.Target?.Code)
                    .AppendValue(e.Target?.Country)
                    .AppendValue(e.Target?.Org)
                    .AppendValue(e.Target?.Role)
                    .AppendValue(e.Target?.Name)
                    .AppendValue(e.Target?.Text)
                    .AppendValue(e.Code.Code.Value)
                    .AppendValue(e.Code.Code.Root)
                    .AppendValue((sbyte)e.Code.QuadClass)
                    .AppendValue(e.Code.Goldstein)
                    .AppendValue(PloverTypes.ToName(e.Code.Plover))
                    .AppendValue(EventNames.Of(e.Modality))
                    .AppendValue(e.Location?.Name)
                    .AppendValue(e.Location?.Country)
                    .AppendValue(e.Location?.Latitude)
                    .AppendValue(e.Location?.Longitude)
                    .AppendValue(e.Location is null ? null : EventNames.Of(e.Location.Precision))
                    .AppendValue(e.Confidence)
                    .AppendValue(e.Mentions)
                    .AppendValue(json.Explanation(e.Explanation))
                    .EndRow();
            }
        }
    }

    /// <summary>Rebuilds the events of the given groups from all their mentions (inside the caller's transaction).</summary>
    private void Recluster(HashSet<string> groups)
    {
        if (groups.Count == 0)
        {
            return;
        }

        FillTouched(groups);
        var rows = new List<MentionForEvent>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT m.mention_id, m.group_key, m.event_date, m.location_name, m.location_country, m.location_precision,
                       m.latitude, m.longitude, m.cameo, m.quad_class, m.goldstein, m.source_key, m.source_code, m.source_name,
                       m.target_key, m.target_code, m.target_name, m.root, m.modality, m.confidence, m.content_hash,
                       d.source, d.ingested_at, d.publication_date, d.url
                FROM mentions m JOIN documents d ON d.content_hash = m.content_hash
                WHERE m.group_key IN (SELECT key FROM scratch_keys)
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(new MentionForEvent(
                    new ClusterMention(
                        reader.GetInt64(0),
                        reader.GetString(1),
                        NullableDate(reader, 2),
                        NullableString(reader, 3),
                        NullableString(reader, 4),
                        NullableString(reader, 5) is { } precision ? ParsePrecision(precision) : null),
                    NullableDouble(reader, 6),
                    NullableDouble(reader, 7),
                    reader.GetString(8),
                    Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture),
                    reader.GetDouble(10),
                    reader.GetString(11),
                    reader.GetString(12),
                    reader.GetString(13),
                    reader.GetString(14),
                    NullableString(reader, 15),
                    NullableString(reader, 16),
                    reader.GetString(17),
                    reader.GetString(18),
                    reader.GetDouble(19),
                    reader.GetString(20),
                    NullableString(reader, 21),
                    reader.GetDateTime(22),
                    NullableDate(reader, 23),
                    NullableString(reader, 24)));
            }
        }

        Execute("""
            DELETE FROM events WHERE group_key IN (SELECT key FROM scratch_keys);
            DELETE FROM event_mentions WHERE group_key IN (SELECT key FROM scratch_keys);
            """);
        var clusters = EventClusterer.Cluster(rows.ConvertAll(r => r.Cluster), Deduplication);
        using var events = _connection.CreateAppender("events");
        using var links = _connection.CreateAppender("event_mentions");
        foreach (var cluster in clusters)
        {
            var first = rows[cluster[0]];
            var members = cluster.Select(i => rows[i]).ToList();
            var eventId = StableIds.EventId(first.Cluster.GroupKey, first.Cluster.MentionId);
            var code = members.GroupBy(m => m.Cameo, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().First();
            var placed = members.FirstOrDefault(m => m.Cluster.LocationName is not null || m.Cluster.LocationCountry is not null);
            var sources = members.Select(m => m.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var dates = members.Select(m => m.Cluster.Date).OfType<DateOnly>().ToList();
            var published = members.Select(m => m.PublicationDate).OfType<DateOnly>().ToList();
            events.CreateRow()
                .AppendValue(eventId)
                .AppendValue(first.Cluster.GroupKey)
                .AppendValue(dates.Count == 0 ? null : dates.Min())
                .AppendValue(dates.Count == 0 ? null : dates.Max())
                .AppendValue(first.SourceKey)
                .AppendValue(first.SourceCode)
                .AppendValue(first.SourceName)
                .AppendValue(first.TargetKey)
                .AppendValue(first.TargetCode)
                .AppendValue(first.TargetName)
                .AppendValue(code.Cameo)
                .AppendValue(first.Root)
                .AppendValue((sbyte)code.QuadClass)
                .AppendValue(code.Goldstein)
                .AppendValue(first.Modality)
                .AppendValue(placed?.Cluster.LocationName)
                .AppendValue(placed?.Cluster.LocationCountry)
                .AppendValue(placed?.Latitude)
                .AppendValue(placed?.Longitude)
                .AppendValue(placed?.Cluster.LocationPrecision is { } p ? EventNames.Of(p) : null)
                .AppendValue(members.Count)
                .AppendValue(members.Select(m => m.ContentHash).Distinct(StringComparer.Ordinal).Count())
                .AppendValue(sources.Count)
                .AppendValue(sources)
                .AppendValue(members.Min(m => m.IngestedAt))
                .AppendValue(published.Count == 0 ? null : published.Min())
                .AppendValue(members.Max(m => m.Confidence))
                .AppendValue(first.Cluster.MentionId)
                .AppendValue(first.Url)
                .EndRow();
            foreach (var member in members)
            {
                links.CreateRow().AppendValue(eventId).AppendValue(member.Cluster.MentionId).AppendValue(first.Cluster.GroupKey).EndRow();
            }
        }
    }

    private void MarkDirty(HashSet<string> groups)
    {
        using var appender = _connection.CreateAppender("dirty_groups");
        foreach (var group in groups)
        {
            appender.CreateRow().AppendValue(group).EndRow();
        }
    }

    private void FillTouched(IEnumerable<string> keys)
    {
        Execute("DELETE FROM scratch_keys");
        using var appender = _connection.CreateAppender("temp", "main", "scratch_keys");
        foreach (var key in keys)
        {
            appender.CreateRow().AppendValue(key).EndRow();
        }
    }

    /// <summary>An actor at country or organisation level, the level events are de-duplicated at; "-" for no actor.</summary>
    internal static string ActorKey(EventActor? actor) => actor is null ? "-" : actor.Country ?? actor.Org ?? actor.Code;

    internal static string GroupKey(string sourceKey, string targetKey, string root, Modality modality) =>
        $"{sourceKey}|{targetKey}|{root}|{EventNames.Of(modality)}";

    private static LocationPrecision ParsePrecision(string name) => name switch
    {
        "city" => LocationPrecision.City,
        "region" => LocationPrecision.Region,
        _ => LocationPrecision.Country,
    };

    private static string FirstLine(string message)
    {
        var newline = message.IndexOfAny(['\r', '\n']);
        return (newline < 0 ? message : message[..newline]).Trim();
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateOnly? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    private static double? NullableDouble(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private sealed record MentionForEvent(
        ClusterMention Cluster,
        double? Latitude,
        double? Longitude,
        string Cameo,
        int QuadClass,
        double Goldstein,
        string SourceKey,
        string SourceCode,
        string SourceName,
        string TargetKey,
        string? TargetCode,
        string? TargetName,
        string Root,
        string Modality,
        double Confidence,
        string ContentHash,
        string? Outlet,
        DateTime IngestedAt,
        DateOnly? PublicationDate,
        string? Url);

    /// <summary>Serialises explanations with one reusable buffer and writer.</summary>
    private sealed class ExplanationSerializer
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(1024);
        private readonly Utf8JsonWriter _writer;

        public ExplanationSerializer() => _writer = new Utf8JsonWriter(_buffer, ExplanationJson);

        public string Explanation(EventExplanation explanation)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            JsonLinesEventWriter.WriteExplanation(_writer, explanation);
            _writer.Flush();
            return Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }
    }
}
