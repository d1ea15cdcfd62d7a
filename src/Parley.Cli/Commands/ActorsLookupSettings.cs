using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley actors lookup</c>.</summary>
public sealed class ActorsLookupSettings : DictionarySettings
{
    [CommandArgument(0, "[TEXT]")]
    [Description("The phrase to resolve, e.g. \"the Armenian prime minister\" or \"Lukashenka\".")]
    public string? Text { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("The date on which to resolve people's offices (default: their latest office).")]
    public string? Date { get; init; }

    [CommandOption("--batch <FILE>")]
    [Description("Resolve every line 'phrase<TAB>date' of FILE ('#' lines ignored); prints one result per line.")]
    public string? Batch { get; init; }

    [CommandOption("--actors <FILE>")]
    [Description("An actor or agent dictionary file to import; repeatable.")]
    public string[] Actors { get; init; } = [];

    [CommandOption("--json")]
    [Description("Print JSON: one object per phrase.")]
    public bool Json { get; init; }
}
