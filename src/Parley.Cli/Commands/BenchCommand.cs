using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using System.Text.Json;
using Parley.Coding;
using Parley.Events;
using Parley.Events.Output;
using Parley.Lexicon;
using Parley.Lexicon.Places;
using Parley.Ontology;
using Parley.Tagging;
using Parley.Text;
using Parley.Text.Readers;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley bench</c>: codes a benchmark corpus end to end — reading its JSON Lines, normalising, splitting,
/// tagging, actor and pattern matching, event assembly, and serialisation to JSON Lines into a null sink — after a
/// warm-up, and prints throughput, peak working set, dictionary load time and per-stage time shares.
/// Exit codes: 0 measured, 1 the corpus is missing or empty, 2 usage error, 5 a dictionary has errors.
/// </summary>
public sealed class BenchCommand(CliEnvironment environment) : Command<BenchSettings>
{
    /// <summary>Documents of a warm-up pass: coded untimed, by the timed path, before the timed runs.</summary>
    public const int WarmUpDocuments = 500;

    /// <summary>The warm-up repeats its pass until a pass compiles no method, but at least this long (CPU time of the coding thread(s), so that a loaded machine does not cut it short).</summary>
    public static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(1);

    /// <summary>The warm-up stops after this many passes, or after <see cref="MaxWarmUp"/>, even if the JIT is still compiling.</summary>
    public const int MaxWarmUpPasses = 30;

    /// <summary>The longest warm-up, in CPU time like <see cref="MinWarmUp"/>.</summary>
    public static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(10);

    /// <summary>Documents of the single-threaded stage profile.</summary>
    public const int ProfileDocuments = 2000;

    /// <inheritdoc/>
    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stderr = environment.Stderr;
        if (!TryFindCorpus(settings.Corpus, out var corpusPath, out var repositoryRoot))
        {
            stderr.WriteLine(corpusPath);
            return ParleyApp.NothingCoded;
        }

        var dictionaries = (DictionarySettings)settings;
        var dictionaryNote = settings.DictionaryDirectory is null && settings.VerbsFile is null && settings.Actors.Length == 0 ? "built-in dictionaries" : "given dictionaries";
        if (settings.Corpus == "tabari" && settings.DictionaryDirectory is null && settings.VerbsFile is null)
        {
            // TABARI's validation records are coded with TABARI's own dictionaries (apples to apples with TABARI's speed).
            var tabari = Path.GetFullPath(Path.Combine(repositoryRoot ?? ".", "..", "shared", "reference", "tabari"));
            if (!Directory.Exists(tabari))
            {
                stderr.WriteLine($"parley: the tabari corpus is coded with TABARI's dictionaries, expected in {tabari}; give them with --dict DIR.");
                return ParleyApp.UsageError;
            }

            dictionaries = new DictionarySettings { DictionaryDirectory = tabari };
            dictionaryNote = $"TABARI's dictionaries ({tabari})";
        }

        // Load: everything coding needs, from first use (a fresh process loads the embedded data here).
        var load = Stopwatch.StartNew();
        var loadLog = new StringWriter();
        var loaded = CodingSetup.TryLoadDictionaries(dictionaries, settings.Actors, loadLog, out var actors, out var patterns, out var failure);
        if (!loaded)
        {
            stderr.Write(loadLog.ToString());
            return failure;
        }

        var coder = new DocumentCoder(Codebook.Default, actors, patterns, Gazetteer.Default);
        _ = PosTagger.Default;
        load.Stop();
        stderr.Write(loadLog.ToString());

        var corpusText = File.ReadAllText(corpusPath, Encoding.UTF8);
        var documentCount = 0;
        foreach (var line in corpusText.AsSpan().EnumerateLines())
        {
            documentCount += line.IsWhiteSpace() ? 0 : 1;
        }

        if (documentCount == 0)
        {
            stderr.WriteLine($"parley: {corpusPath}: the corpus has no documents.");
            return ParleyApp.NothingCoded;
        }

        var threads = settings.Threads ?? OrderedParallel.DefaultThreads;

        var warmUp = WarmUp(coder, corpusText, corpusPath, threads, cancellationToken);

        RunFigures? best = null;
        var leastCpu = double.MaxValue;
        for (var run = 0; run < settings.Runs; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var figures = TimedRun(coder, corpusText, corpusPath, threads, cancellationToken);
            if (figures.Skipped > 0 && run == 0)
            {
                stderr.WriteLine($"parley: {figures.Skipped} document(s) of the corpus were not coded (not English or unreadable); they count with their sentences.");
            }

            if (best is null || figures.Seconds < best.Seconds)
            {
                best = figures;
            }

            leastCpu = Math.Min(leastCpu, figures.CpuSeconds);
        }

        IngestFigures? ingest = null;
        if (settings.Store)
        {
            IngestBench.WarmUp(coder, corpusText, corpusPath, WarmUpDocuments, threads, cancellationToken);
            for (var run = 0; run < settings.Runs; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var figures = IngestBench.Time(coder, corpusText, corpusPath, threads, cancellationToken);
                if (ingest is null || figures.Seconds < ingest.Seconds)
                {
                    ingest = figures;
                }
            }
        }

        var shares = Profile(coder, actors, new SentenceCoder(actors, patterns), corpusText, corpusPath);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakMb = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        Report(settings, corpusPath, dictionaryNote, documentCount, threads, load.Elapsed.TotalSeconds, warmUp, best!, leastCpu, peakMb, shares, ingest);
        return ParleyApp.Success;
    }

    // Warm-up: the timed path itself (record parsing, coding, serialisation, the ordered workers) over the first
    // documents, repeated until a whole pass compiled no method and MinWarmUp of CPU time has passed. A single fixed pass left the
    // first timed run partly in unoptimised code: tiered compilation counts calls only after a quiet 100 ms, then
    // compiles in the background, and dynamic PGO adds an instrumented tier in between — how much of that fell into
    // the timed run depended on how the process was scheduled, so fresh processes of the same build differed widely.
    private static WarmUpFigures WarmUp(DocumentCoder coder, string corpusText, string corpusPath, int threads, CancellationToken cancellationToken)
    {
        var prefix = FirstRecords(corpusText, WarmUpDocuments);
        var clock = Stopwatch.StartNew();
        var cpuBefore = CpuSeconds(threads);
        TimeSpan Cpu() => TimeSpan.FromSeconds(CpuSeconds(threads) - cpuBefore);
        var passes = 0;
        long compiledInLastPass;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = JitInfo.GetCompiledMethodCount();
            TimedRun(coder, prefix, corpusPath, threads, cancellationToken);
            passes++;
            compiledInLastPass = JitInfo.GetCompiledMethodCount() - before;
        }
        while (passes < MaxWarmUpPasses && Cpu() < MaxWarmUp && (compiledInLastPass > 0 || Cpu() < MinWarmUp));

        return new WarmUpFigures(passes, clock.Elapsed.TotalSeconds, JitInfo.GetCompiledMethodCount(), compiledInLastPass);
    }

    private static RunFigures TimedRun(DocumentCoder coder, string corpusText, string corpusPath, int threads, CancellationToken cancellationToken)
    {
        long sentences = 0, tokens = 0, events = 0, bytes = 0, outputBytes = 0;
        var skipped = 0;
        var sink = Stream.Null;
        var cpuBefore = CpuSeconds(threads);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        // The caller only finds line ends; each worker parses its record, so that reading scales with the threads.
        var results = OrderedParallel.Select(Lines(corpusText), line =>
        {
            var read = JsonLinesReader.ReadRecord(corpusText.AsMemory(line.Start, line.Length), string.Create(CultureInfo.InvariantCulture, $"{corpusPath}:{line.Number}"), null);
            var document = read.Document ?? throw new InvalidDataException(read.Problem!.ToString());
            var result = coder.Code(document);
            return (Result: result, Json: Serialize(result), Bytes: Encoding.UTF8.GetByteCount(document.Text));
        }, threads, cancellationToken);
        foreach (var (result, json, textBytes) in results)
        {
            sentences += result.SentenceCount;
            tokens += result.TokenCount;
            events += result.Events.Count;
            bytes += textBytes;
            skipped += result.SkipReason is null ? 0 : 1;
            sink.Write(json);
            outputBytes += json.Length;
        }

        clock.Stop();
        var cpu = CpuSeconds(threads) - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        return new RunFigures(clock.Elapsed.TotalSeconds, cpu, sentences, tokens, events, bytes, outputBytes, skipped) { AllocatedBytes = allocated };
    }

    // CPU time of the work: with one thread, the caller's thread alone does it all (Linux: /proc/thread-self/schedstat,
    // so other threads of the process — tests running beside it — do not count); with more, the whole process.
    private static double CpuSeconds(int threads)
    {
        if (threads == 1 && OperatingSystem.IsLinux())
        {
            try
            {
                var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
                return long.Parse(fields[0], CultureInfo.InvariantCulture) / 1e9;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // Fall back to the process's time below.
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static IEnumerable<(int Number, int Start, int Length)> Lines(string text)
    {
        var number = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            number++;
            if (!text.AsSpan(start, end - start).IsWhiteSpace())
            {
                yield return (number, start, end - start);
            }

            start = end + 1;
        }
    }

    // Serialises a document's events as JSON Lines on the worker that coded it; the caller only copies bytes in order.
    private static byte[] Serialize(DocumentResult result)
    {
        if (result.Events.Count == 0)
        {
            return [];
        }

        var buffer = t_buffer ??= new MemoryStream();
        buffer.SetLength(0);
        using (var writer = new JsonLinesEventWriter(buffer))
        {
            foreach (var codedEvent in result.Events)
            {
                writer.Emit(codedEvent);
            }
        }

        return buffer.ToArray();
    }

    [ThreadStatic]
    private static MemoryStream? t_buffer;

    // Documents of the corpus, read from its JSON Lines text; a record that cannot be read is a corpus error.
    private static IEnumerable<SourceDocument> ReadDocuments(string corpusText, string corpusPath)
    {
        foreach (var read in JsonLinesReader.Read(corpusText, corpusPath, null))
        {
            if (read.Problem is { } problem)
            {
                throw new InvalidDataException(problem.ToString());
            }

            yield return read.Document!;
        }
    }

    // The first `count` lines (JSON Lines records) of the corpus.
    private static string FirstRecords(string corpusText, int count)
    {
        var end = 0;
        for (var n = 0; n < count && end < corpusText.Length; n++)
        {
            var next = corpusText.IndexOf('\n', end);
            end = next < 0 ? corpusText.Length : next + 1;
        }

        return corpusText[..end];
    }

    // Single-threaded pass over the first documents, timing each stage on its own, the way the coder runs it: the
    // text stage (normalise, tokenize, split), actor matching, tagging (of the sentences with an actor, as the coder
    // tags only those), pattern matching and slot filling (the coder given those tags; its own actor matching taken
    // out), the rest of document coding (English check, places, event assembly), and JSON Lines serialisation.
    private static StageShares Profile(DocumentCoder coder, ActorDictionary actors, SentenceCoder sentenceCoder, string corpusText, string corpusPath)
    {
        var sample = FirstRecords(corpusText, ProfileDocuments);
        var clock = Stopwatch.StartNew();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var documents = ReadDocuments(sample, corpusPath).ToList();
        var read = clock.Elapsed;
        long readBytes = GC.GetAllocatedBytesForCurrentThread() - bytes, textBytes = 0, actorBytes = 0, taggingBytes = 0, matchingBytes = 0, wholeBytes = 0, jsonBytes = 0;
        long sentences = 0;
        var finder = new ActorMentionFinder(actors);
        TimeSpan text = default, actorTime = default, tagging = default, matching = default, whole = default, json = default;
        var tags = new PosTag[256];
        var coarse = new CoarseTag[256];
        foreach (var document in documents)
        {
            clock.Restart();
            bytes = GC.GetAllocatedBytesForCurrentThread();
            var analyzed = AnalyzedText.Analyze(document.Text);
            text += clock.Elapsed;
            textBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            sentences += analyzed.Sentences.Count;
            foreach (var sentence in analyzed.Sentences)
            {
                clock.Restart();
                bytes = GC.GetAllocatedBytesForCurrentThread();
                var mentions = finder.Find(analyzed, sentence, document.PublicationDate);
                actorTime += clock.Elapsed;
                actorBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                if (mentions.Count == 0)
                {
                    continue;
                }

                clock.Restart();
                bytes = GC.GetAllocatedBytesForCurrentThread();
                if (sentence.TokenCount > tags.Length)
                {
                    tags = new PosTag[sentence.TokenCount * 2];
                    coarse = new CoarseTag[sentence.TokenCount * 2];
                }

                PosTagger.Default.Tag(analyzed, sentence, tags.AsSpan(0, sentence.TokenCount));
                for (var k = 0; k < sentence.TokenCount; k++)
                {
                    coarse[k] = tags[k].IsVerb() || tags[k] == PosTag.MD ? CoarseTag.Verb : tags[k].IsNoun() ? CoarseTag.Noun : CoarseTag.Other;
                }

                tagging += clock.Elapsed;
                taggingBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;

                // Tags given document-wide: pad the sentence's tags to start at token 0.
                clock.Restart();
                bytes = GC.GetAllocatedBytesForCurrentThread();
                sentenceCoder.Code(analyzed, sentence, document.PublicationDate, WholeDocumentTags(coarse, sentence, analyzed.Tokens.Count));
                matching += clock.Elapsed;
                matchingBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }

            clock.Restart();
            bytes = GC.GetAllocatedBytesForCurrentThread();
            var result = coder.Code(document);
            whole += clock.Elapsed;
            wholeBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;

            clock.Restart();
            bytes = GC.GetAllocatedBytesForCurrentThread();
            Serialize(result);
            json += clock.Elapsed;
            jsonBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }

        // Bytes per sentence allocated by each stage, measured the same way (the tagging stage here uses preallocated
        // tag arrays; the coder allocates its own, counted under events).
        var patternBytes = Math.Max(0, matchingBytes - actorBytes);
        var eventBytes = Math.Max(0, wholeBytes - textBytes - actorBytes - taggingBytes - patternBytes);
        double PerSentence(long b) => sentences == 0 ? 0 : Math.Round((double)b / sentences);
        var allocation = new StageAllocation(PerSentence(readBytes), PerSentence(textBytes), PerSentence(actorBytes), PerSentence(taggingBytes),
            PerSentence(patternBytes), PerSentence(eventBytes), PerSentence(jsonBytes));

        // The coder given tags still matches actors itself: that time is counted once, under actors.
        var patterns = Max(matching - actorTime);
        var events = Max(whole - text - actorTime - tagging - patterns);
        var total = (read + text + actorTime + tagging + patterns + events + json).TotalSeconds;
        double Share(TimeSpan t) => total <= 0 ? 0 : Math.Round(100 * t.TotalSeconds / total, 1);
        return new StageShares(documents.Count, Share(read), Share(text), Share(actorTime), Share(tagging), Share(patterns), Share(events), Share(json)) { Allocation = allocation };
    }

    [ThreadStatic]
    private static CoarseTag[]? t_documentTags;

    private static ReadOnlySpan<CoarseTag> WholeDocumentTags(CoarseTag[] sentenceTags, SentenceSpan sentence, int tokenCount)
    {
        var all = t_documentTags is { } existing && existing.Length >= tokenCount ? existing : t_documentTags = new CoarseTag[tokenCount * 2];
        sentenceTags.AsSpan(0, sentence.TokenCount).CopyTo(all.AsSpan(sentence.FirstToken));
        return all.AsSpan(0, tokenCount);
    }

    private static TimeSpan Max(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;

    private void Report(BenchSettings settings, string corpusPath, string dictionaryNote, int documents, int threads, double loadSeconds, WarmUpFigures warmUp, RunFigures run, double leastCpu, double peakMb, StageShares shares, IngestFigures? ingest)
    {
        var perSecond = 1 / run.Seconds;
        var codingRate = run.Sentences * perSecond;
        var ingestRate = ingest is null || ingest.Seconds <= 0 ? 0 : ingest.Sentences / ingest.Seconds;
        if (settings.Json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteString("corpus", settings.Corpus);
                w.WriteString("corpus_file", corpusPath);
                w.WriteString("dictionaries", dictionaryNote);
                w.WriteNumber("threads", threads);
                w.WriteNumber("runs", settings.Runs);
                w.WriteNumber("documents", documents);
                w.WriteNumber("sentences", run.Sentences);
                w.WriteNumber("tokens", run.Tokens);
                w.WriteNumber("events", run.Events);
                w.WriteNumber("seconds", Math.Round(run.Seconds, 4));
                w.WriteNumber("cpu_seconds", Math.Round(run.CpuSeconds, 4));
                w.WriteNumber("sentences_per_second", Math.Round(run.Sentences * perSecond));
                w.WriteNumber("sentences_per_cpu_second", run.CpuSeconds > 0 ? Math.Round(run.Sentences / run.CpuSeconds) : 0);
                w.WriteNumber("least_cpu_seconds", Math.Round(leastCpu, 4));
                w.WriteNumber("allocated_bytes_per_sentence", run.Sentences > 0 ? Math.Round((double)run.AllocatedBytes / run.Sentences) : 0);
                w.WriteNumber("warm_up_passes", warmUp.Passes);
                w.WriteNumber("warm_up_seconds", Math.Round(warmUp.Seconds, 3));
                w.WriteNumber("warm_up_compiled_in_last_pass", warmUp.CompiledInLastPass);
                w.WriteNumber("tokens_per_second", Math.Round(run.Tokens * perSecond));
                w.WriteNumber("events_per_second", Math.Round(run.Events * perSecond));
                w.WriteNumber("mb_per_second", Math.Round(run.TextBytes * perSecond / 1e6, 2));
                w.WriteNumber("output_mb", Math.Round(run.OutputBytes / 1e6, 2));
                w.WriteNumber("peak_working_set_mb", Math.Round(peakMb, 1));
                w.WriteNumber("load_seconds", Math.Round(loadSeconds, 3));
                w.WriteStartObject("stage_shares_percent");
                w.WriteNumber("profiled_documents", shares.Documents);
                w.WriteNumber("read", shares.Read);
                w.WriteNumber("text", shares.Text);
                w.WriteNumber("actors", shares.Actors);
                w.WriteNumber("tagging", shares.Tagging);
                w.WriteNumber("patterns", shares.Patterns);
                w.WriteNumber("events", shares.Events);
                w.WriteNumber("json", shares.Json);
                w.WriteEndObject();
                if (shares.Allocation is { } allocation)
                {
                    w.WriteStartObject("stage_allocated_bytes_per_sentence");
                    w.WriteNumber("read", allocation.Read);
                    w.WriteNumber("text", allocation.Text);
                    w.WriteNumber("actors", allocation.Actors);
                    w.WriteNumber("tagging", allocation.Tagging);
                    w.WriteNumber("patterns", allocation.Patterns);
                    w.WriteNumber("events", allocation.Events);
                    w.WriteNumber("json", allocation.Json);
                    w.WriteEndObject();
                }

                if (ingest is not null)
                {
                    w.WriteStartObject("ingest");
                    w.WriteNumber("documents", ingest.Documents);
                    w.WriteNumber("already_stored", ingest.AlreadyStored);
                    w.WriteNumber("sentences", ingest.Sentences);
                    w.WriteNumber("mentions", ingest.Mentions);
                    w.WriteNumber("events", ingest.Events);
                    w.WriteNumber("seconds", Math.Round(ingest.Seconds, 4));
                    w.WriteNumber("cpu_seconds", Math.Round(ingest.CpuSeconds, 4));
                    w.WriteNumber("sentences_per_second", Math.Round(ingestRate));
                    w.WriteNumber("sentences_per_cpu_second", ingest.CpuSeconds > 0 ? Math.Round(ingest.Sentences / ingest.CpuSeconds) : 0);
                    w.WriteNumber("store_mb", Math.Round(ingest.StoreBytes / 1e6, 2));
                    w.WriteNumber("share_of_coding", codingRate > 0 ? Math.Round(ingestRate / codingRate, 3) : 0);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            environment.Stdout.Write(stream.ToArray());
            environment.Stdout.WriteByte((byte)'\n');
            return;
        }

        var c = CultureInfo.InvariantCulture;
        var o = new StreamWriter(environment.Stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        o.WriteLine(string.Create(c, $"corpus         {settings.Corpus} ({corpusPath}): {documents:N0} documents, {run.Sentences:N0} sentences, {run.Tokens:N0} tokens"));
        o.WriteLine(string.Create(c, $"dictionaries   {dictionaryNote}; loaded in {loadSeconds:0.000} s"));
        o.WriteLine(string.Create(c, $"threads        {threads}; {(settings.Runs == 1 ? "one timed run" : $"fastest of {settings.Runs} timed runs")} after a warm-up of {warmUp.Passes} × {WarmUpDocuments} documents ({warmUp.Seconds:0.00} s; {warmUp.CompiledInLastPass} methods compiled in its last pass): {run.Seconds:0.000} s"));
        o.WriteLine(string.Create(c, $"sentences/s    {run.Sentences * perSecond:N0} ({(run.CpuSeconds > 0 ? run.Sentences / run.CpuSeconds : 0):N0} per CPU-second; {run.CpuSeconds:0.000} s CPU{(settings.Runs > 1 ? $"; least CPU of the runs {leastCpu:0.000} s" : "")})"));
        o.WriteLine(string.Create(c, $"tokens/s       {run.Tokens * perSecond:N0}"));
        o.WriteLine(string.Create(c, $"events/s       {run.Events * perSecond:N0} ({run.Events:N0} events, {run.OutputBytes / 1e6:0.0} MB of JSON Lines into a null sink)"));
        o.WriteLine(string.Create(c, $"MB/s           {run.TextBytes * perSecond / 1e6:0.00} (UTF-8 input text)"));
        o.WriteLine(string.Create(c, $"peak memory    {peakMb:0} MB working set; {run.AllocatedBytes / 1e6:N0} MB allocated in the run ({(run.Sentences > 0 ? run.AllocatedBytes / run.Sentences : 0):N0} bytes per sentence)"));
        if (ingest is not null)
        {
            o.WriteLine(string.Create(c, $"ingest         {ingestRate:N0} sentences/s = {(codingRate > 0 ? 100 * ingestRate / codingRate : 0):0} % of coding alone ({ingest.Documents:N0} documents stored, {ingest.AlreadyStored:N0} already stored, {ingest.Sentences:N0} sentences, {ingest.Mentions:N0} mentions, {ingest.Events:N0} events; {ingest.Seconds:0.000} s, {ingest.CpuSeconds:0.000} s CPU of the process; store {ingest.StoreBytes / 1e6:0.0} MB)"));
        }

        o.WriteLine(string.Create(c, $"stage shares   read {shares.Read} %, text {shares.Text} %, actors {shares.Actors} %, tagging {shares.Tagging} %, patterns {shares.Patterns} %, events {shares.Events} %, json {shares.Json} % (one thread, first {shares.Documents:N0} documents, each stage timed on its own)"));
        if (shares.Allocation is { } a)
        {
            o.WriteLine(string.Create(c, $"allocation     bytes per sentence: read {a.Read}, text {a.Text}, actors {a.Actors}, tagging {a.Tagging}, patterns {a.Patterns}, events {a.Events}, json {a.Json}"));
        }

        o.Flush();
    }

    // A corpus name is looked up as .cache/bench/NAME.jsonl in the current directory or the nearest parent that has one.
    private static bool TryFindCorpus(string corpus, out string pathOrMessage, out string? repositoryRoot)
    {
        repositoryRoot = null;
        if (!BenchSettings.CorpusNames.Contains(corpus))
        {
            pathOrMessage = Path.GetFullPath(corpus);
            if (File.Exists(corpus))
            {
                return true;
            }

            pathOrMessage = $"parley: --corpus '{corpus}' is neither {string.Join(", ", BenchSettings.CorpusNames)} nor an existing .jsonl file.";
            return false;
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ".cache", "bench", corpus + ".jsonl");
            if (File.Exists(candidate))
            {
                repositoryRoot = directory.FullName;
                pathOrMessage = candidate;
                return true;
            }
        }

        pathOrMessage = $"parley: the {corpus} benchmark corpus (.cache/bench/{corpus}.jsonl) is missing; build it with tools/fetch-corpora in the repository, then run parley bench there.";
        return false;
    }

    private sealed record WarmUpFigures(int Passes, double Seconds, long CompiledMethods, long CompiledInLastPass);

    private sealed record RunFigures(double Seconds, double CpuSeconds, long Sentences, long Tokens, long Events, long TextBytes, long OutputBytes, int Skipped)
    {
        /// <summary>Bytes allocated on the managed heap during the run (all threads): unlike time, the same in every process.</summary>
        public long AllocatedBytes { get; init; }
    }

    private sealed record StageShares(int Documents, double Read, double Text, double Actors, double Tagging, double Patterns, double Events, double Json)
    {
        public StageAllocation? Allocation { get; init; }
    }

    private sealed record StageAllocation(double Read, double Text, double Actors, double Tagging, double Patterns, double Events, double Json);
}
