using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Parley.Events;
using Parley.Text.Readers;

namespace Parley.Store.Ingestion;

/// <summary>
/// Codes a stream of documents into the store. The calling thread reads inputs and codes each batch with
/// <see cref="IngestOptions.Threads"/> workers; a writer thread commits the previous batch meanwhile, one
/// transaction per batch. Documents already in the store (same text) are counted and not coded again, so a
/// rerun after an interruption adds exactly what is missing. Results are stored in input order whatever the
/// thread count, and every id is derived from content, so the store's content does not depend on threads.
/// </summary>
public sealed class CorpusIngestor
{
    // Coded batches waiting for the writer: enough for the writer to merge several into one commit when coding
    // runs ahead, few enough that memory stays bounded (each batch holds its documents' text and events).
    private const int QueuedBatches = 8;

    // The most documents the writer merges into one transaction (a kill loses at most the batches in flight,
    // which the rerun codes again).
    private const int MaxDocumentsPerCommit = 2000;

    private readonly EventStore _store;
    private readonly DocumentCoder _coder;
    private readonly IngestOptions _options;
    private readonly string _codingVersion;

    /// <summary>Creates an ingestor writing to <paramref name="store"/> with <paramref name="coder"/>.</summary>
    public CorpusIngestor(EventStore store, DocumentCoder coder, IngestOptions options)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _coder = coder ?? throw new ArgumentNullException(nameof(coder));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Validated();
        _codingVersion = CodingVersion.Of(coder);
    }

    /// <summary>Ingests <paramref name="inputs"/>; problems in them are reported to <paramref name="observer"/> and skipped.</summary>
    /// <exception cref="StoreException">The store failed (disk full, lost file); the batches committed before are kept.</exception>
    public IngestSummary Ingest(IEnumerable<ReadResult> inputs, IIngestObserver? observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var clock = Stopwatch.StartNew();
        var known = _store.DocumentHashes();
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Counters();
        using var queue = new BlockingCollection<CodedDocument[]>(boundedCapacity: QueuedBatches);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ExceptionDispatchInfo? writerError = null;
        var writer = new Thread(() =>
        {
            try
            {
                var merged = new List<CodedDocument>();
                foreach (var batch in queue.GetConsumingEnumerable(stop.Token))
                {
                    // Batches that queued up while the previous commit ran go into the same transaction: a commit
                    // costs a flush to disk whatever its size, so the writer catches up instead of falling behind.
                    merged.Clear();
                    merged.AddRange(batch);
                    while (merged.Count < MaxDocumentsPerCommit && queue.TryTake(out var next))
                    {
                        merged.AddRange(next);
                    }

                    _store.AddDocuments(merged);
                    counts.Commit(merged);
                    observer?.Committed(counts.Snapshot(clock.Elapsed));
                }
            }
            catch (Exception e)
            {
                // Handed to the reading thread, which stops and rethrows it: a failed commit ends the run.
                writerError = ExceptionDispatchInfo.Capture(e);
                stop.Cancel();
            }
        })
        { Name = "parley store writer", IsBackground = true };
        writer.Start();

        try
        {
            var pending = new List<(Parley.Text.SourceDocument Document, string Hash)>(_options.BatchSize);
            foreach (var input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (writerError is not null)
                {
                    break;
                }

                counts.Read();
                if (input.Problem is { } problem)
                {
                    Skip(problem, observer, reasons, counts);
                    continue;
                }

                var document = input.Document!;
                var hash = CodedDocument.HashOf(document);
                if (!known.Add(hash))
                {
                    counts.AlreadyStored();
                    continue;
                }

                pending.Add((document, hash));
                if (pending.Count == _options.BatchSize)
                {
                    CodeAndQueue(pending, queue, observer, reasons, counts, stop.Token);
                    pending.Clear();
                }
            }

            if (writerError is null && pending.Count > 0)
            {
                CodeAndQueue(pending, queue, observer, reasons, counts, stop.Token);
            }
        }
        catch (OperationCanceledException) when (writerError is not null)
        {
            // The writer failed while this thread waited for it; its error is rethrown below.
        }
        finally
        {
            queue.CompleteAdding();
            writer.Join();
        }

        writerError?.Throw();
        _store.RebuildEvents();

        var ordered = reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new IngestSummary(counts.Snapshot(clock.Elapsed), ordered, _store.Counts());
    }

    private void CodeAndQueue(
        List<(Parley.Text.SourceDocument Document, string Hash)> pending,
        BlockingCollection<CodedDocument[]> queue,
        IIngestObserver? observer,
        Dictionary<string, int> reasons,
        Counters counts,
        CancellationToken cancellationToken)
    {
        var results = new DocumentResult[pending.Count];
        if (_options.Threads == 1)
        {
            for (var i = 0; i < pending.Count; i++)
            {
                results[i] = _coder.Code(pending[i].Document);
            }
        }
        else
        {
            Parallel.For(
                0,
                pending.Count,
                new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = cancellationToken },
                i => results[i] = _coder.Code(pending[i].Document));
        }

        var batch = new List<CodedDocument>(pending.Count);
        for (var i = 0; i < pending.Count; i++)
        {
            if (results[i].SkipReason is { } reason)
            {
                Skip(new ReadProblem(pending[i].Document.Origin, reason), observer, reasons, counts);
                continue;
            }

            batch.Add(CodedDocument.From(results[i], pending[i].Hash, _codingVersion));
        }

        if (batch.Count > 0)
        {
            queue.Add(batch.ToArray(), cancellationToken);
        }
    }

    private static void Skip(ReadProblem problem, IIngestObserver? observer, Dictionary<string, int> reasons, Counters counts)
    {
        counts.Skip();
        reasons[problem.Message] = reasons.GetValueOrDefault(problem.Message) + 1;
        observer?.Skipped(problem);
    }

    /// <summary>Counts shared by the reading and the writing thread.</summary>
    private sealed class Counters
    {
        private long _inputs;
        private long _added;
        private long _alreadyStored;
        private long _skipped;
        private long _sentences;
        private long _mentions;

        public void Read() => Interlocked.Increment(ref _inputs);

        public void AlreadyStored() => Interlocked.Increment(ref _alreadyStored);

        public void Skip() => Interlocked.Increment(ref _skipped);

        public void Commit(List<CodedDocument> batch)
        {
            Interlocked.Add(ref _added, batch.Count);
            Interlocked.Add(ref _sentences, batch.Sum(d => (long)d.SentenceCount));
            Interlocked.Add(ref _mentions, batch.Sum(d => (long)d.Events.Count));
        }

        public IngestProgress Snapshot(TimeSpan elapsed) => new(
            Interlocked.Read(ref _inputs),
            Interlocked.Read(ref _added),
            Interlocked.Read(ref _alreadyStored),
            Interlocked.Read(ref _skipped),
            Interlocked.Read(ref _sentences),
            Interlocked.Read(ref _mentions),
            elapsed);
    }
}
