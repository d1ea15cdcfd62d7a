using Parley.Cli.Commands;
using Parley.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Builds the <c>parley</c> command line and runs it; the one place that catches unexpected exceptions.</summary>
public static class ParleyApp
{
    /// <summary>Exit code: the command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Exit code: nothing could be coded (every input was missing, unreadable or empty).</summary>
    public const int NothingCoded = 1;

    /// <summary>Exit code: the command line is wrong (unknown option, invalid --date).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code: some inputs were coded and some were skipped; the skipped ones are listed on stderr.</summary>
    public const int PartlySkipped = 3;

    /// <summary>Exit code: the event store cannot be used (locked by another process, corrupt, disk full); what was committed is kept.</summary>
    public const int StoreError = 4;

    /// <summary>Exit code: a dictionary given with --dict or --verbs has errors (listed on stderr with file and line).</summary>
    public const int DictionaryError = 5;

    /// <summary>Exit code: an internal error (a bug); the message asks to report it.</summary>
    public const int InternalError = 70;

    /// <summary>
    /// What a lone "-" argument (standard input) is passed to commands as: Spectre.Console.Cli would take "-" for an
    /// option without a name and reject the command line.
    /// </summary>
    public const string StandardInputArgument = "<stdin>";

    /// <summary>Runs the command line in <paramref name="environment"/>.</summary>
    public static int Run(string[] args, CliEnvironment environment, bool propagateExceptions = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        args = [.. args.Select(a => a == "-" ? StandardInputArgument : a)];
        var app = new CommandApp(new TypeRegistrar(environment));
        app.Configure(config =>
        {
            config.SetApplicationName("parley");
            config.SetApplicationVersion(typeof(ParleyApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            config.ConfigureConsole(environment.Console);
            config.UseStrictParsing();
            if (propagateExceptions)
            {
                config.PropagateExceptions();
            }

            config.SetExceptionHandler((exception, _) =>
            {
                // Usage errors come from the parser; anything else is a bug and says so, without a stack trace.
                if (exception is CommandParseException or CommandRuntimeException)
                {
                    environment.Stderr.WriteLine($"parley: {exception.Message}");
                    environment.Stderr.WriteLine("Run 'parley --help' for usage.");
                    return UsageError;
                }

                environment.Stderr.WriteLine($"parley: internal error: {exception.GetType().Name}: {exception.Message}");
                environment.Stderr.WriteLine("This is a bug in Parley; please report it with the command line and input that caused it.");
                return InternalError;
            });
            config.AddCommand<CodeCommand>("code")
                .WithDescription("Code news text into CAMEO events (JSON Lines, TSV or a table).")
                .WithExample("code", "examples/armenia-azerbaijan.txt", "--date", "2022-10-31")
                .WithExample("code", "articles/", "--format", "tsv")
                .WithExample("code", "-", "--explain");
            config.AddBranch("actors", actors =>
            {
                actors.SetDescription("Look up actors: countries, organisations, people and their offices over time.");
                actors.AddCommand<ActorsLookupCommand>("lookup")
                    .WithDescription("Show how a phrase resolves on a date (code, country, organisation, role, office).")
                    .WithExample("actors", "lookup", "Lukashenka", "--date", "2022-10-31")
                    .WithExample("actors", "lookup", "--batch", "phrases.tsv", "--json");
            });
            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Code files, directories, feeds and URLs into the event store (DuckDB), skipping what is already stored.")
                .WithExample("ingest", "articles/", "--db", "news.duckdb", "--threads", "2")
                .WithExample("ingest", "--feed", "https://example.org/rss.xml", "--db", "news.duckdb");
            config.AddCommand<RecodeCommand>("recode")
                .WithDescription("Re-code stored documents coded with another coding version, replacing their mentions.")
                .WithExample("recode", "--db", "news.duckdb");
            config.AddCommand<EventsCommand>("events")
                .WithDescription("Query the de-duplicated events of the store.")
                .WithExample("events", "--db", "news.duckdb", "--actor", "RUS", "--root", "19", "--min-mentions", "3");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Export a table of the store as Parquet, JSON Lines, TSV or GDELT's event layout.")
                .WithExample("export", "--db", "news.duckdb", "--format", "parquet", "--out", "events.parquet");
            config.AddBranch("dict", dict =>
            {
                dict.SetDescription("Inspect event dictionaries: the built-in lexicon, or those given with --dict/--verbs.");
                dict.AddCommand<DictStatsCommand>("stats")
                    .WithDescription("Count entries, patterns and CAMEO codes covered (a table, or --json).")
                    .WithExample("dict", "stats", "--json")
                    .WithExample("dict", "stats", "--verbs", "CAMEO.2.0.txt");
                dict.AddCommand<DictCheckCommand>("check")
                    .WithDescription("Lint the lexicon: duplicate, contradictory or unreachable patterns, unknown codes; exit 1 on an error.")
                    .WithExample("dict", "check")
                    .WithExample("dict", "check", "--verbs", "TABARI.Demo.verbs", "--skipped");
            });
            config.AddCommand<EvalCommand>("eval")
                .WithDescription("Measure the coder against a test suite (TABARI, PETRARCH, PLOVER, CAMEO examples) or a gold file; exit 0 whatever the score.")
                .WithExample("eval", "--suite", "tabari", "../shared/reference/tabari")
                .WithExample("eval", "--gold", "tests/Parley.Tests/TestData/gold/news.jsonl", "--json");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("Measure end-to-end coding speed on a benchmark corpus (built by tools/fetch-corpora).")
                .WithExample("bench", "--corpus", "news", "--json")
                .WithExample("bench", "--corpus", "tabari", "--threads", "1");
            config.AddCommand<TagCommand>("tag")
                .WithDescription("Print tokens with part-of-speech tags and lemmas (and chunks); --evaluate measures the tagger on held-out Brown text.")
                .WithExample("tag", "article.txt", "--chunks")
                .WithExample("tag", "--evaluate");
        });
        return app.Run(args);
    }
}
