using Parley.Store;
using Parley.Store.Export;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley export</c>: writes a table of the store to a file. Exit codes: 0 written, 2 usage error, 4 the store or the file failed.</summary>
public sealed class ExportCommand(CliEnvironment environment) : Command<ExportSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stderr = environment.Stderr;
        ExportFormat? format = settings.Format.ToLowerInvariant() switch
        {
            "parquet" => ExportFormat.Parquet,
            "jsonl" => ExportFormat.JsonLines,
            "tsv" => ExportFormat.Tsv,
            "gdelt" => ExportFormat.Gdelt,
            _ => null,
        };
        if (format is null)
        {
            stderr.WriteLine($"parley: --format '{settings.Format}' is not an export format; use parquet, jsonl, tsv or gdelt.");
            return ParleyApp.UsageError;
        }

        if (string.IsNullOrWhiteSpace(settings.Out))
        {
            stderr.WriteLine("parley: export needs --out PATH, the file to write.");
            return ParleyApp.UsageError;
        }

        if (!StoreExporter.Tables.Contains(settings.Table))
        {
            stderr.WriteLine($"parley: --table '{settings.Table}' is not a table of the store; use {string.Join(", ", StoreExporter.Tables)}.");
            return ParleyApp.UsageError;
        }

        if (format == ExportFormat.Gdelt && settings.Table != "events")
        {
            stderr.WriteLine("parley: --format gdelt is GDELT's event table layout; it exports the events table only.");
            return ParleyApp.UsageError;
        }

        if (!File.Exists(settings.Db))
        {
            stderr.WriteLine($"parley: {settings.Db}: no such store; create it with 'parley ingest --db {settings.Db} PATH'.");
            return ParleyApp.UsageError;
        }

        try
        {
            using var store = EventStore.Open(settings.Db);
            var rows = StoreExporter.Export(store, format.Value, settings.Out, settings.Table);
            stderr.WriteLine($"parley: wrote {rows} row(s) of {settings.Table} to {settings.Out} ({settings.Format.ToLowerInvariant()}).");
            return ParleyApp.Success;
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"parley: {e.Message}");
            return ParleyApp.StoreError;
        }
    }
}
