using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley code</c>.</summary>
public sealed class CodeSettings : DictionarySettings
{
    [CommandArgument(0, "[PATH]")]
    [Description("Files (.txt, .html/.htm, .jsonl), directories (read recursively), or '-' for standard input (the default).")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Publication date of plain-text and HTML inputs (JSON Lines records carry their own \"date\").")]
    public string? Date { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: jsonl (default), tsv, or table.")]
    [DefaultValue("jsonl")]
    public string Format { get; init; } = "jsonl";

    [CommandOption("--explain")]
    [Description("Print each event with a readable explanation: pattern, words, actors and the rules that fired.")]
    public bool Explain { get; init; }

    [CommandOption("--actors <FILE>")]
    [Description("An actor or agent dictionary file to import (TABARI or PETRARCH format); repeatable. Actor and agent files in --dict are imported too.")]
    public string[] Actors { get; init; } = [];

    [CommandOption("-t|--threads <N>")]
    [Description("Documents coded in parallel (default: one per processor). Output order is the input order whatever the number.")]
    public int? Threads { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("Do not print the summary line on standard error (problems are still reported).")]
    public bool Quiet { get; init; }
}
