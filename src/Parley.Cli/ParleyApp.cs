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
            config.AddCommand<TagCommand>("tag")
                .WithDescription("Print tokens with part-of-speech tags and lemmas (and chunks); --evaluate measures the tagger on held-out Brown text.")
                .WithExample("tag", "article.txt", "--chunks")
                .WithExample("tag", "--evaluate");
        });
        return app.Run(args);
    }
}
