using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley dict stats</c>.</summary>
public sealed class DictStatsSettings : DictionarySettings
{
    [CommandOption("--json")]
    [Description("Print the counts as one JSON object instead of a table.")]
    public bool Json { get; init; }
}
