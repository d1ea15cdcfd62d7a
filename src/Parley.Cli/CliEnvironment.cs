using Spectre.Console;

namespace Parley.Cli;

/// <summary>The streams a command reads and writes: the process's own, or in-memory ones in tests.</summary>
/// <param name="Stdin">Standard input.</param>
/// <param name="Stdout">Standard output, as bytes: machine-readable output goes here unchanged.</param>
/// <param name="Stderr">Standard error: messages and summaries.</param>
/// <param name="Console">The console for human-readable output (tables, help).</param>
public sealed record CliEnvironment(Stream Stdin, Stream Stdout, TextWriter Stderr, IAnsiConsole Console)
{
    /// <summary>The process's standard streams.</summary>
    public static CliEnvironment FromProcess() =>
        new(System.Console.OpenStandardInput(), System.Console.OpenStandardOutput(), System.Console.Error, AnsiConsole.Console);
}
