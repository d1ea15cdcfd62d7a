using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley dict check</c>.</summary>
public sealed class DictCheckSettings : DictionarySettings
{
    [CommandOption("--skipped")]
    [Description("Also list every line of an imported dictionary that was skipped, with its reason.")]
    public bool ListSkipped { get; init; }
}
