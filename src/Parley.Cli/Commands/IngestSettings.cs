using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley ingest</c>.</summary>
public sealed class IngestSettings : StoreCodingSettings
{
    [CommandArgument(0, "[PATH]")]
    [Description("Files (.txt, .html/.htm, .jsonl), directories (read recursively) and http(s) URLs of article pages.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--feed <FEED>")]
    [Description("An RSS or Atom feed (a file or an http(s) URL) whose linked articles are downloaded and ingested; may be repeated.")]
    public string[] Feeds { get; init; } = [];

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Publication date of plain-text and HTML inputs that do not carry one.")]
    public string? Date { get; init; }

    [CommandOption("-t|--threads <N>")]
    [Description("Documents coded in parallel (default: one per processor). The store's content does not depend on it.")]
    public int? Threads { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Documents per committed transaction (default 200).")]
    [DefaultValue(200)]
    public int BatchSize { get; init; } = 200;

    [CommandOption("--timeout <SECONDS>")]
    [Description("Longest wait for one download (default 20).")]
    [DefaultValue(20)]
    public int TimeoutSeconds { get; init; } = 20;

    [CommandOption("--max-bytes <N>")]
    [Description("Largest page downloaded (default 5242880, 5 MB).")]
    [DefaultValue(5L * 1024 * 1024)]
    public long MaxBytes { get; init; } = 5L * 1024 * 1024;

    [CommandOption("--host-interval <MS>")]
    [Description("Milliseconds between two downloads from the same host (default 1000).")]
    [DefaultValue(1000)]
    public int HostIntervalMilliseconds { get; init; } = 1000;

    [CommandOption("--progress-every <SECONDS>")]
    [Description("Without a terminal: seconds between progress lines on stderr (default 5; 0 prints one per committed batch).")]
    [DefaultValue(5.0)]
    public double ProgressSeconds { get; init; } = 5;

    [CommandOption("-q|--quiet")]
    [Description("No progress; problems and the summary are still printed.")]
    public bool Quiet { get; init; }
}
