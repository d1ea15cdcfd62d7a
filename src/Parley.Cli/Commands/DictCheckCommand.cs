using Parley.Lexicon;
using Parley.Ontology;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley dict check</c>: lints the event lexicon (the built-in one, or the dictionaries of --dict/--verbs): syntax
/// errors, unknown codes, duplicate, contradictory and unreachable patterns, unused word classes, and — for the built-in
/// lexicon — CAMEO codes with no pattern. Lint findings in TABARI and PETRARCH dictionaries are warnings, one per line. Prints one
/// line per problem. Exit codes: 0 no error (warnings allowed); 1 at least one error.
/// </summary>
public sealed class DictCheckCommand(CliEnvironment environment) : Command<DictCheckSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, DictCheckSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var codebook = Codebook.Default;
        var loaded = LoadedLexicon.Load(settings, codebook);
        var problems = new List<LexiconDiagnostic>(loaded.Source.Diagnostics);
        var lint = LexiconLinter.Check(loaded.Source);
        var imported = loaded.Imports.Select(i => i.File).ToHashSet(StringComparer.Ordinal);
        if (imported.Count > 0)
        {
            // A TABARI or PETRARCH dictionary is the user's old data: its overlaps are worth knowing, not errors, and a
            // pattern line shared by every verb of its block is reported once.
            lint = [.. lint.Where(d => !imported.Contains(d.File)),
                .. lint.Where(d => imported.Contains(d.File)).DistinctBy(d => (d.File, d.Line)).Select(d => d with { Severity = DiagnosticSeverity.Warning })];
        }

        problems.AddRange(lint);
        if (loaded.IsBuiltIn)
        {
            var covered = loaded.Source.Patterns.SelectMany(p => new[] { p.Code, p.ReciprocalCode }).OfType<CameoCodeInfo>()
                .Select(c => c.Code.Value).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(codebook.Codes.Where(c => !covered.Contains(c.Code.Value)).Select(c =>
                new LexiconDiagnostic("data/lexicon", 0, DiagnosticSeverity.Error, $"code {c.Code.Value} ({c.Name.Trim()}) has no pattern")));
        }

        using var stdout = new StreamWriter(environment.Stdout, leaveOpen: true) { NewLine = "\n" };
        foreach (var problem in problems)
        {
            stdout.WriteLine(problem);
        }

        if (settings.ListSkipped)
        {
            foreach (var skipped in loaded.Source.SkippedLines)
            {
                stdout.WriteLine($"{skipped.File}:{skipped.Line}: skipped: {skipped.Message}");
            }
        }

        var errors = problems.Count(p => p.Severity == DiagnosticSeverity.Error);
        var warnings = problems.Count - errors;
        var what = loaded.IsBuiltIn ? "built-in lexicon" : string.Join(", ", loaded.Source.Files);
        environment.Stderr.WriteLine(
            $"parley: checked {what}: {loaded.Source.EntryCount} entries, {loaded.Source.Patterns.Count} patterns; {errors} error(s), {warnings} warning(s)"
            + (loaded.Source.SkippedLines.Count > 0 ? $"; {loaded.Source.SkippedLines.Count} line(s) skipped on import{(settings.ListSkipped ? string.Empty : " (list them with --skipped)")}" : string.Empty)
            + ".");
        return errors > 0 ? ParleyApp.NothingCoded : ParleyApp.Success;
    }
}
