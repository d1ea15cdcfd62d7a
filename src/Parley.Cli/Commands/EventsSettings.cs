using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley events</c>.</summary>
public sealed class EventsSettings : StoreSettings
{
    [CommandOption("--from <YYYY-MM-DD>")]
    [Description("Events dated on or after this day.")]
    public string? From { get; init; }

    [CommandOption("--to <YYYY-MM-DD>")]
    [Description("Events dated on or before this day.")]
    public string? To { get; init; }

    [CommandOption("--source <ACTOR>")]
    [Description("Source actor: a country or organisation (RUS, NATO) or an actor code (RUSGOV).")]
    public string? Source { get; init; }

    [CommandOption("--target <ACTOR>")]
    [Description("Target actor, likewise.")]
    public string? Target { get; init; }

    [CommandOption("--actor <ACTOR>")]
    [Description("Source or target, likewise.")]
    public string? Actor { get; init; }

    [CommandOption("--root <CODE>")]
    [Description("CAMEO root, 01-20.")]
    public string? Root { get; init; }

    [CommandOption("--cameo <CODE>")]
    [Description("CAMEO code or prefix (042 matches 042 and 0421).")]
    public string? Cameo { get; init; }

    [CommandOption("--min-mentions <N>")]
    [Description("Events with at least this many mentions.")]
    public int? MinMentions { get; init; }

    [CommandOption("--limit <N>")]
    [Description("At most this many events (most mentioned first).")]
    public int? Limit { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table (default), jsonl or tsv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";
}
