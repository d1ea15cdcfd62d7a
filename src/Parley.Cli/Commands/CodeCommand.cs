using System.Globalization;
using Parley.Events;
using Parley.Lexicon;
using Parley.Ontology;
using Parley.Events.Output;
using Parley.Text;
using Parley.Text.Readers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley code</c>: reads documents, codes them, writes events. Exit codes: 0 all inputs coded (with or
/// without events), 1 nothing could be coded, 2 usage error, 3 some inputs skipped (listed on stderr).
/// </summary>
public sealed class CodeCommand(CliEnvironment environment) : Command<CodeSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, CodeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stderr = environment.Stderr;
        DateOnly? date = null;
        if (settings.Date is not null)
        {
            if (!DateOnly.TryParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                stderr.WriteLine($"parley: --date '{settings.Date}' is not a valid date; expected YYYY-MM-DD, e.g. 2022-10-31.");
                return ParleyApp.UsageError;
            }

            date = parsed;
        }

        var format = settings.Format.ToLowerInvariant();
        if (format is not ("jsonl" or "tsv" or "table"))
        {
            stderr.WriteLine($"parley: --format '{settings.Format}' is not a format; use jsonl, tsv or table.");
            return ParleyApp.UsageError;
        }

        if (!CodingSetup.TryCreateCoder(settings, settings.Actors, stderr, out var coder, out var failure))
        {
            return failure;
        }
        var threads = settings.Threads ?? OrderedParallel.DefaultThreads;
        if (threads is < 1 or > 256)
        {
            stderr.WriteLine($"parley: --threads is {threads}; it should be in range [1-256].");
            return ParleyApp.UsageError;
        }

        using var output = new EventOutput(environment, settings.Explain ? "explain" : format);
        var stats = new RunStatistics();

        // Documents are coded on `threads` workers; results come back in input order, so the output does not depend on it.
        var coded = OrderedParallel.Select(ReadInputs(settings.Paths, date), item => (Item: item, Result: item.Problem is null ? coder.Code(item.Document!) : null), threads, cancellationToken);
        foreach (var (item, coding) in coded)
        {
            if (item.Problem is { } problem)
            {
                stats.Skipped++;
                stderr.WriteLine($"parley: {problem}");
                continue;
            }

            var result = coding!;
            if (result.SkipReason is not null)
            {
                stats.Skipped++;
                stderr.WriteLine($"parley: {result.Document.Origin}: {result.SkipReason}");
                continue;
            }

            stats.Documents++;
            stats.Sentences += result.SentenceCount;
            foreach (var codedEvent in result.Events)
            {
                output.Emit(codedEvent);
                stats.Events++;
            }
        }

        output.Complete();
        if (!settings.Quiet || stats.Documents == 0)
        {
            stderr.WriteLine($"parley: coded {stats.Documents} document(s), {stats.Sentences} sentence(s), {stats.Events} event(s); skipped {stats.Skipped} input(s).");
        }

        return stats.Documents == 0 ? ParleyApp.NothingCoded
            : stats.Skipped > 0 ? ParleyApp.PartlySkipped
            : ParleyApp.Success;
    }

    // Expands the paths and reports their notices now, on the caller's thread; the returned sequence reads the
    // documents lazily (on the coding workers, one at a time).
    private IEnumerable<ReadResult> ReadInputs(string[] paths, DateOnly? date)
    {
        // ParleyApp passes a lone "-" on as ParleyApp.StandardInputArgument.
        var stdin = paths.Length == 0 || paths.Contains(ParleyApp.StandardInputArgument);
        paths = [.. paths.Where(p => p != ParleyApp.StandardInputArgument)];
        ExpandedInputs? inputs = null;
        if (paths.Length > 0)
        {
            inputs = InputPaths.Expand(paths);
            foreach (var notice in inputs.Notices)
            {
                environment.Stderr.WriteLine($"parley: {notice}");
            }
        }

        return Read(stdin, inputs, date);
    }

    private IEnumerable<ReadResult> Read(bool stdin, ExpandedInputs? inputs, DateOnly? date)
    {
        if (stdin)
        {
            using var buffer = new MemoryStream();
            environment.Stdin.CopyTo(buffer);
            var bytes = buffer.ToArray();
            foreach (var result in DocumentReader.ReadBytes(bytes, "stdin", DocumentReader.Sniff(bytes), date))
            {
                yield return result;
            }
        }

        if (inputs is null)
        {
            yield break;
        }

        foreach (var problem in inputs.Problems)
        {
            yield return ReadResult.Failed(problem.Origin, problem.Message);
        }

        foreach (var file in inputs.Files)
        {
            foreach (var result in DocumentReader.ReadFile(file, date))
            {
                yield return result;
            }
        }
    }

    private sealed class RunStatistics
    {
        public int Documents { get; set; }

        public int Sentences { get; set; }

        public int Events { get; set; }

        public int Skipped { get; set; }
    }
}
