using Parley.Events;
using Parley.Lexicon;
using Parley.Lexicon.Import;

namespace Parley.Evaluation;

/// <summary>Builds the coder for a suite that brings its own dictionaries, with an <see cref="OpenCodebook"/> for its verb codes.</summary>
internal static class SuiteDictionaries
{
    /// <summary>The verb dictionary formats a suite can name.</summary>
    public enum VerbFormat
    {
        /// <summary>TABARI <c>.verbs</c>.</summary>
        Tabari,

        /// <summary>PETRARCH verb files (read by the PETRARCH-2 importer, which also takes PETRARCH-1's linear patterns it can map).</summary>
        Petrarch,
    }

    public static (DocumentCoder Coder, OpenCodebook Codes, IReadOnlyList<string> Notes) Build(IReadOnlyList<string> actorFiles, string verbFile, VerbFormat format)
    {
        foreach (var file in actorFiles.Append(verbFile))
        {
            if (!File.Exists(file))
            {
                throw new EvalSuiteException($"{file}: dictionary named by the suite does not exist.");
            }
        }

        var notes = new List<string>();
        var (actors, reports) = ActorDictionaryLoader.Load(null, actorFiles);
        foreach (var report in reports)
        {
            notes.Add($"{Path.GetFileName(report.File)}: {report.Records} actor record(s), {report.Phrases} phrase(s), {report.Problems.Count} line(s) skipped");
        }

        var text = File.ReadAllText(verbFile);
        var codes = OpenCodebook.For([text]);
        var source = new LexiconSource();
        var rewritten = codes.Rewrite(text);
        var summary = format == VerbFormat.Tabari
            ? TabariVerbImporter.Read(source, rewritten, verbFile, codes.Codebook)
            : PetrarchVerbImporter.Read(source, rewritten, verbFile, codes.Codebook);
        notes.Add($"{Path.GetFileName(verbFile)}: {summary.Format} verbs, {summary.PatternsImported} of {summary.PatternLines} pattern lines imported"
            + (codes.SurrogateCodes.Count > 0 ? $"; open codebook: {codes.SurrogateCodes.Count} non-CAMEO code(s) kept as suite codes ({string.Join(' ', codes.SurrogateCodes)})" : string.Empty));
        var patterns = PatternLexicon.Compile(source, Inflector.Default);
        return (new DocumentCoder(codes.Codebook, actors, patterns), codes, notes);
    }
}
