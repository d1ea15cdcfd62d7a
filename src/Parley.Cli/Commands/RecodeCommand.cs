using Parley.Events;
using Parley.Lexicon;
using Parley.Ontology;
using Parley.Store;
using Parley.Store.Deduplication;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley recode</c>: re-codes stored documents whose coding version differs from this build's, replacing
/// their mentions and re-clustering the events they touch, one transaction per batch. An interrupted run is
/// completed by running it again. Exit codes: 0 done, 2 usage error, 4 the store failed.
/// </summary>
public sealed class RecodeCommand(CliEnvironment environment) : Command<RecodeSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, RecodeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stderr = environment.Stderr;
        if (!StoreOptions.CheckRange("--batch-size", settings.BatchSize, 1, 100_000, stderr)
            || !StoreOptions.CheckRange("--window", settings.WindowDays, 0, 366, stderr))
        {
            return ParleyApp.UsageError;
        }

        if (!CodingSetup.TryCreateCoder(settings.Dictionaries, settings.Actors, stderr, out var coder, out var failure))
        {
            return failure;
        }

        try
        {
            using var store = EventStore.Open(settings.Db, new DeduplicationOptions(settings.WindowDays));
                var version = CodingVersion.Of(coder);
            var pending = store.DocumentsToRecode(settings.All ? null : version);
            var recoded = 0;
            foreach (var chunk in pending.Chunk(settings.BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var documents = store.ReadDocuments(chunk)
                    .Select(d => (d.ContentHash, Result: coder.Code(d.Document)))
                    .Select(d => d.Result.SkipReason is null
                        ? CodedDocument.From(d.Result, d.ContentHash, version)
                        : new CodedDocument(d.Result.Document, d.ContentHash, d.Result.SentenceCount, [], version))
                    .ToList();
                store.ReplaceMentions(documents);
                recoded += documents.Count;
            }

            store.RebuildEvents();
            var counts = store.Counts();
            stderr.WriteLine($"parley: re-coded {recoded} document(s) with {version}; {settings.Db} now holds {counts.Documents} document(s), {counts.Mentions} mention(s), {counts.Events} event(s).");
            return ParleyApp.Success;
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"parley: {e.Message}");
            return ParleyApp.StoreError;
        }
    }
}
