using System.Diagnostics;
using System.Globalization;
using Parley.Events;
using Parley.Lexicon;
using Parley.Ontology;
using Parley.Store;
using Parley.Store.Deduplication;
using Parley.Store.Ingestion;
using Parley.Text.Readers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley ingest</c>: codes inputs into the event store. Exit codes: 0 all inputs stored (or already stored),
/// 1 nothing could be read, 2 usage error, 3 some inputs skipped (listed on stderr), 4 the store failed.
/// </summary>
public sealed class IngestCommand(CliEnvironment environment) : Command<IngestSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stderr = environment.Stderr;
        if (!StoreOptions.TryParseDate(settings.Date, stderr, out var date)
            || !StoreOptions.CheckRange("--threads", settings.Threads ?? OrderedParallel.DefaultThreads, 1, 256, stderr)
            || !StoreOptions.CheckRange("--batch-size", settings.BatchSize, 1, 100_000, stderr)
            || !StoreOptions.CheckRange("--timeout", settings.TimeoutSeconds, 1, 3600, stderr)
            || !StoreOptions.CheckRange("--host-interval", settings.HostIntervalMilliseconds, 0, 3_600_000, stderr)
            || !StoreOptions.CheckRange("--window", settings.WindowDays, 0, 366, stderr))
        {
            return ParleyApp.UsageError;
        }

        if (settings.Paths.Length == 0 && settings.Feeds.Length == 0)
        {
            stderr.WriteLine("parley: ingest needs at least one PATH, URL or --feed.");
            return ParleyApp.UsageError;
        }

        if (!CodingSetup.TryCreateCoder(settings.Dictionaries, settings.Actors, stderr, out var coder, out var failure))
        {
            return failure;
        }

        try
        {
            using var store = EventStore.Open(settings.Db, new DeduplicationOptions(settings.WindowDays));
            var fetchOptions = new FetchOptions(TimeSpan.FromSeconds(settings.TimeoutSeconds), settings.MaxBytes, TimeSpan.FromMilliseconds(settings.HostIntervalMilliseconds));
            using var fetcher = new ArticleFetcher(fetchOptions);
            var web = new WebInputs(fetcher, date, settings.Feeds.Length > 0 ? store.DocumentUrls() : null);
            var inputs = Inputs(settings, web, date, cancellationToken);
            var ingestor = new CorpusIngestor(store, coder, new IngestOptions(settings.Threads ?? OrderedParallel.DefaultThreads, settings.BatchSize));
            var summary = Run(ingestor, inputs, settings, cancellationToken);
            WriteSummary(summary, web.AlreadyStoredLinks, settings.Db);
            var p = summary.Progress;
            return p.Added + p.AlreadyStored + web.AlreadyStoredLinks == 0 && p.Skipped > 0 ? ParleyApp.NothingCoded
                : p.Skipped > 0 ? ParleyApp.PartlySkipped
                : ParleyApp.Success;
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"parley: {e.Message}");
            return ParleyApp.StoreError;
        }
    }

    private IngestSummary Run(CorpusIngestor ingestor, IEnumerable<ReadResult> inputs, IngestSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.Quiet && environment.Console.Profile.Capabilities.Interactive)
        {
            IngestSummary? summary = null;
            environment.Console.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("starting", maxValue: double.MaxValue);
                    summary = ingestor.Ingest(inputs, new TerminalObserver(environment.Stderr, task), cancellationToken);
                });
            return summary!;
        }

        var observer = new PlainObserver(environment.Stderr, settings.Quiet ? null : TimeSpan.FromSeconds(Math.Max(0, settings.ProgressSeconds)));
        return ingestor.Ingest(inputs, observer, cancellationToken);
    }

    private IEnumerable<ReadResult> Inputs(IngestSettings settings, WebInputs web, DateOnly? date, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var path in settings.Paths)
        {
            if (ArticleFetcher.IsHttpUrl(path, out var url))
            {
                yield return web.ReadArticle(url, null, null, null, cancellationToken);
            }
            else
            {
                files.Add(path);
            }
        }

        if (files.Count > 0)
        {
            var expanded = InputPaths.Expand(files);
            foreach (var notice in expanded.Notices)
            {
                environment.Stderr.WriteLine($"parley: {notice}");
            }

            foreach (var problem in expanded.Problems)
            {
                yield return ReadResult.Failed(problem.Origin, problem.Message);
            }

            foreach (var file in expanded.Files)
            {
                foreach (var result in DocumentReader.ReadFile(file, date))
                {
                    yield return result;
                }
            }
        }

        foreach (var feed in settings.Feeds)
        {
            foreach (var result in web.ReadFeed(feed, cancellationToken))
            {
                yield return result;
            }
        }
    }

    private void WriteSummary(IngestSummary summary, int alreadyStoredLinks, string db)
    {
        var p = summary.Progress;
        var w = environment.Stderr;
        var rate = p.Elapsed.TotalSeconds > 0 ? p.Inputs / p.Elapsed.TotalSeconds : 0;
        var links = alreadyStoredLinks > 0 ? $", {alreadyStoredLinks} feed link(s) already stored (not downloaded)" : string.Empty;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parley: ingested {p.Added} new document(s), {p.Sentences} sentence(s), {p.Mentions} event mention(s); {p.AlreadyStored} document(s) already stored{links}; skipped {p.Skipped} input(s); {p.Elapsed.TotalSeconds:0.0} s ({rate:0.0} inputs/s)."));
        foreach (var reason in summary.SkipReasons)
        {
            w.WriteLine($"parley:   skipped {reason.Value}: {reason.Key}");
        }

        w.WriteLine($"parley: {db} now holds {summary.Store.Documents} document(s), {summary.Store.Mentions} mention(s), {summary.Store.Events} event(s).");
    }

    /// <summary>Plain progress lines on stderr, at most one per interval (every commit with a zero interval).</summary>
    private sealed class PlainObserver(TextWriter stderr, TimeSpan? interval) : IIngestObserver
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
        private readonly Lock _lock = new();

        public void Skipped(ReadProblem problem)
        {
            lock (_lock)
            {
                stderr.WriteLine($"parley: {problem}");
            }
        }

        public void Committed(IngestProgress progress)
        {
            if (interval is not { } every || _sinceLast.Elapsed < every)
            {
                return;
            }

            _sinceLast.Restart();
            lock (_lock)
            {
                stderr.WriteLine(Describe(progress));
                stderr.Flush();
            }
        }
    }

    /// <summary>Updates a progress bar on a terminal.</summary>
    private sealed class TerminalObserver(TextWriter stderr, ProgressTask task) : IIngestObserver
    {
        public void Skipped(ReadProblem problem) => stderr.WriteLine($"parley: {problem}");

        public void Committed(IngestProgress progress) => task.Description = Markup.Escape(Describe(progress)["parley: ".Length..]);
    }

    private static string Describe(IngestProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"parley: {p.Inputs} input(s): {p.Added} stored, {p.AlreadyStored} already stored, {p.Skipped} skipped; {p.Mentions} mention(s); {p.InputsPerSecond:0.0} inputs/s");
}
