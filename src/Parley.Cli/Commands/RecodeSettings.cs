using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley recode</c>.</summary>
public sealed class RecodeSettings : StoreCodingSettings
{
    [CommandOption("--all")]
    [Description("Re-code every document, not only those coded with another coding version.")]
    public bool All { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Documents per committed transaction (default 200).")]
    [DefaultValue(200)]
    public int BatchSize { get; init; } = 200;
}
