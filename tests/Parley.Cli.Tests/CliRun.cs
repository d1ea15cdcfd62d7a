using System.Text;
using Spectre.Console;

namespace Parley.Cli.Tests;

/// <summary>Runs the parley command line in memory and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Start(string stdin, params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });
        var environment = new CliEnvironment(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, stderr, console);
        var exitCode = ParleyApp.Run(args, environment);
        return new CliRun(exitCode, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
