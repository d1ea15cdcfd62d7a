using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>The option every store command has: the database file.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("The event store: a DuckDB file, created when missing (default parley.duckdb).")]
    [DefaultValue("parley.duckdb")]
    public string Db { get; init; } = "parley.duckdb";

    [CommandOption("--window <DAYS>")]
    [Description("De-duplication window: mentions dated within this many days of an event's first date join it (default 1).")]
    [DefaultValue(1)]
    public int WindowDays { get; init; } = 1;
}
