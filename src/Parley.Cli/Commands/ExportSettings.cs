using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley export</c>.</summary>
public sealed class ExportSettings : StoreSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("parquet, jsonl, tsv, or gdelt (GDELT 2.0's event table columns, tab-separated, no header).")]
    [DefaultValue("parquet")]
    public string Format { get; init; } = "parquet";

    [CommandOption("-o|--out <PATH>")]
    [Description("The file to write (replaced if it exists).")]
    public string? Out { get; init; }

    [CommandOption("--table <TABLE>")]
    [Description("events (default), mentions, documents or event_mentions.")]
    [DefaultValue("events")]
    public string Table { get; init; } = "events";
}
