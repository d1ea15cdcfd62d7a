using System.Diagnostics;
using Parley.Events;
using Parley.Store;
using Parley.Store.Ingestion;
using Parley.Text.Readers;

namespace Parley.Cli.Commands;

/// <summary>
/// The store half of <c>parley bench --store</c>: ingests the benchmark corpus into a fresh DuckDB file through
/// the same <see cref="CorpusIngestor"/> as <c>parley ingest</c> (hashing, coding, explanation JSON, appender,
/// one transaction per batch, the event rebuild at the end, closing the file), so that the figure compares with
/// coding alone measured in the same warmed-up process.
/// </summary>
internal static class IngestBench
{
    /// <summary>Ingests the first <paramref name="documents"/> documents into a throwaway store so that the JIT has compiled the store's path.</summary>
    public static void WarmUp(DocumentCoder coder, string corpusText, string corpusPath, int documents, int threads, CancellationToken cancellationToken) =>
        Run(coder, JsonLinesReader.Read(corpusText, corpusPath, null).Take(documents), threads, cancellationToken);

    /// <summary>One timed ingest of the whole corpus into a new store file in the temporary folder, deleted afterwards.</summary>
    public static IngestFigures Time(DocumentCoder coder, string corpusText, string corpusPath, int threads, CancellationToken cancellationToken) =>
        Run(coder, JsonLinesReader.Read(corpusText, corpusPath, null), threads, cancellationToken);

    private static IngestFigures Run(DocumentCoder coder, IEnumerable<ReadResult> inputs, int threads, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.duckdb");
        try
        {
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            IngestSummary summary;
            using (var store = EventStore.Open(path))
            {
                summary = new CorpusIngestor(store, coder, new IngestOptions(threads)).Ingest(inputs, observer: null, cancellationToken);
            }

            clock.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var bytes = File.Exists(path) ? new FileInfo(path).Length : 0;
            var p = summary.Progress;
            return new IngestFigures(clock.Elapsed.TotalSeconds, cpu, p.Added, p.AlreadyStored, p.Sentences, p.Mentions, summary.Store.Events, bytes);
        }
        finally
        {
            foreach (var file in new[] { path, path + ".wal" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // A leftover file in the temporary folder is harmless; the figures are what matters here.
                }
            }
        }
    }
}

/// <summary>Figures of one timed ingest run.</summary>
/// <param name="Seconds">Wall time from opening the store to closing it.</param>
/// <param name="CpuSeconds">CPU time of the whole process meanwhile (coding, writer thread and DuckDB's own threads).</param>
/// <param name="Documents">Documents coded and stored.</param>
/// <param name="AlreadyStored">Documents not coded again because the same text was stored earlier in the run.</param>
/// <param name="Sentences">Sentences of the stored documents.</param>
/// <param name="Mentions">Event mentions stored.</param>
/// <param name="Events">Events (clusters of mentions) after the rebuild.</param>
/// <param name="StoreBytes">Size of the store file when closed.</param>
internal sealed record IngestFigures(double Seconds, double CpuSeconds, long Documents, long AlreadyStored, long Sentences, long Mentions, long Events, long StoreBytes);
