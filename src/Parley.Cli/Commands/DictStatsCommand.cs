using System.Text.Json;
using Parley.Lexicon;
using Parley.Ontology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley dict stats</c>: counts of the event lexicon (entries, patterns, codes covered, codes with no pattern) as
/// a table or JSON. Exit codes: 0 printed; 4 a dictionary given with --dict/--verbs has errors.
/// </summary>
public sealed class DictStatsCommand(CliEnvironment environment) : Command<DictStatsSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, DictStatsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var codebook = Codebook.Default;
        var loaded = LoadedLexicon.Load(settings, codebook);
        foreach (var error in loaded.Source.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            environment.Stderr.WriteLine($"parley: {error}");
        }

        if (loaded.Source.HasErrors)
        {
            return ParleyApp.DictionaryError;
        }

        var patterns = loaded.Source.Patterns;
        var covered = patterns.SelectMany(p => new[] { p.Code, p.ReciprocalCode }).OfType<CameoCodeInfo>().Select(c => c.Code.Value).ToHashSet(StringComparer.Ordinal);
        var missing = codebook.Codes.Select(c => c.Code.Value).Where(c => !covered.Contains(c)).ToList();
        var compiled = PatternLexicon.Compile(loaded.Source, Inflector.Default);
        var byKind = patterns.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());
        var source = loaded.IsBuiltIn ? "built-in" : string.Join(", ", loaded.Source.Files);
        if (settings.Json)
        {
            using var json = new Utf8JsonWriter(environment.Stdout, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteNumber("files", loaded.Source.Files.Count);
            json.WriteNumber("entries", loaded.Source.EntryCount);
            json.WriteNumber("patterns", patterns.Count);
            json.WriteNumber("verb_patterns", byKind.GetValueOrDefault(EntryKind.Verb));
            json.WriteNumber("noun_patterns", byKind.GetValueOrDefault(EntryKind.Noun));
            json.WriteNumber("phrase_patterns", byKind.GetValueOrDefault(EntryKind.Phrase));
            json.WriteNumber("null_patterns", patterns.Count(p => p.Code is null));
            json.WriteNumber("word_classes", loaded.Source.Classes.Count);
            json.WriteNumber("word_forms", compiled.FormCount);
            json.WriteNumber("codes_in_codebook", codebook.Codes.Count);
            json.WriteNumber("codes_covered", covered.Count);
            json.WriteNumber("codes_without_patterns", missing.Count);
            json.WriteStartArray("codes_without_patterns_list");
            missing.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteNumber("skipped_lines", loaded.Source.SkippedLines.Count);
            json.WriteStartArray("imports");
            foreach (var import in loaded.Imports)
            {
                json.WriteStartObject();
                json.WriteString("file", import.File);
                json.WriteString("format", import.Format);
                json.WriteNumber("synsets", import.Synsets);
                json.WriteNumber("verbs", import.Verbs);
                json.WriteNumber("pattern_lines", import.PatternLines);
                json.WriteNumber("patterns_imported", import.PatternsImported);
                json.WriteNumber("patterns_skipped", import.PatternsSkipped);
                json.WriteNumber("transformations_skipped", import.Transformations);
                json.WriteNumber("compiled_patterns", import.CompiledPatterns);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            environment.Stdout.WriteByte((byte)'\n');
            return ParleyApp.Success;
        }

        var table = new Table().AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        void Row(string what, object count) => table.AddRow(Markup.Escape(what), Markup.Escape(count.ToString() ?? string.Empty));
        Row("source", source);
        Row("entries", loaded.Source.EntryCount);
        Row("patterns", patterns.Count);
        Row("  verb / noun / phrase", $"{byKind.GetValueOrDefault(EntryKind.Verb)} / {byKind.GetValueOrDefault(EntryKind.Noun)} / {byKind.GetValueOrDefault(EntryKind.Phrase)}");
        Row("  null patterns (---)", patterns.Count(p => p.Code is null));
        Row("word classes", loaded.Source.Classes.Count);
        Row("word forms indexed", compiled.FormCount);
        Row("codes covered", $"{covered.Count} of {codebook.Codes.Count}");
        Row("codes without patterns", missing.Count == 0 ? "0" : $"{missing.Count}: {string.Join(' ', missing.Take(40))}{(missing.Count > 40 ? " ..." : string.Empty)}");
        foreach (var import in loaded.Imports)
        {
            Row($"{Path.GetFileName(import.File)} ({import.Format})",
                $"{import.PatternLines} pattern lines: {import.PatternsImported} imported, {import.PatternsSkipped} skipped");
        }

        if (loaded.Source.SkippedLines.Count > 0)
        {
            Row("skipped lines (all reasons: parley dict check --skipped)", loaded.Source.SkippedLines.Count);
        }

        environment.Console.Write(table);
        return ParleyApp.Success;
    }
}
