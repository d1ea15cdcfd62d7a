using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley bench</c>.</summary>
public sealed class BenchSettings : DictionarySettings
{
    /// <summary>The names of the corpora tools/fetch-corpora builds into .cache/bench/.</summary>
    public static readonly IReadOnlyList<string> CorpusNames = ["brown", "news", "tabari"];

    /// <summary>The corpus: a name, or a JSON Lines file.</summary>
    [CommandOption("-c|--corpus <CORPUS>")]
    [Description("brown, news (default) or tabari (built into .cache/bench/ by tools/fetch-corpora), or a .jsonl file of {\"id\", \"text\", \"date\"} records.")]
    [DefaultValue("news")]
    public string Corpus { get; init; } = "news";

    /// <summary>Worker threads.</summary>
    [CommandOption("-t|--threads <N>")]
    [Description("Documents coded in parallel (default: one per processor).")]
    public int? Threads { get; init; }

    /// <summary>Timed runs; the fastest is reported.</summary>
    [CommandOption("--runs <N>")]
    [Description("Timed runs over the corpus; the fastest is reported (default 1).")]
    [DefaultValue(1)]
    public int Runs { get; init; } = 1;

    /// <summary>Print one JSON object.</summary>
    [CommandOption("--json")]
    [Description("Print the figures as one JSON object.")]
    public bool Json { get; init; }

    /// <summary>Also measure ingesting the corpus into a DuckDB store.</summary>
    [CommandOption("--store")]
    [Description("Also ingest the corpus into a new DuckDB store in the temporary folder, as parley ingest does, and compare its throughput with coding alone.")]
    public bool Store { get; init; }

    /// <summary>Actor and agent files to import.</summary>
    [CommandOption("--actors <FILE>")]
    [Description("An actor or agent dictionary file to import (TABARI or PETRARCH format); repeatable.")]
    public string[] Actors { get; init; } = [];

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Threads is < 1 or > 256)
        {
            return ValidationResult.Error($"--threads is {Threads}; it should be in range [1-256].");
        }

        if (Runs is < 1 or > 100)
        {
            return ValidationResult.Error($"--runs is {Runs}; it should be in range [1-100].");
        }

        return base.Validate();
    }
}
