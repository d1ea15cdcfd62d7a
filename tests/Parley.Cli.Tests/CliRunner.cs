using System.Text;
using Parley.Cli;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Parley.Cli.Tests;

/// <summary>Runs the parley command line in memory and captures what it writes.</summary>
internal static class CliRunner
{
    public static CliResult Run(string stdin, params string[] args) => Run(Encoding.UTF8.GetBytes(stdin), args);

    public static CliResult Run(byte[] stdin, params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var console = new TestConsole().Width(200);
        var environment = new CliEnvironment(new MemoryStream(stdin), stdout, stderr, console);
        var exitCode = ParleyApp.Run(args, environment);
        return new CliResult(exitCode, Encoding.UTF8.GetString(stdout.ToArray()) + console.Output, stderr.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
