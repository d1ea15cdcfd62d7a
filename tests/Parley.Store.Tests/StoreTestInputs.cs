using Parley.Events;
using Parley.Store.Ingestion;
using Parley.Text.Readers;

namespace Parley.Store.Tests;

/// <summary>Helpers that read test inputs and ingest them into a store.</summary>
internal static class StoreTestInputs
{
    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static IEnumerable<ReadResult> ReadAll(string path, DateOnly? date = null) =>
        InputPaths.Expand([path]).Files.SelectMany(f => DocumentReader.ReadFile(f, date));

    public static IngestSummary Ingest(EventStore store, string path, DateOnly? date = null, int threads = 1, int batchSize = 50) =>
        new CorpusIngestor(store, DocumentCoder.CreateDefault(), new IngestOptions(threads, batchSize))
            .Ingest(ReadAll(path, date), null, CancellationToken.None);

    /// <summary>A fresh temporary directory, deleted by the returned handle.</summary>
    public static TempDirectory NewTempDirectory() => new();

    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parley-store-tests-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A child process may still hold a file for a moment; the OS cleans temp folders.
            }
        }
    }
}
