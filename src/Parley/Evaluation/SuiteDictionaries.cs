using Parley.Events;
using Parley.Lexicon;
using Parley.Lexicon.Actors;
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

    public static (DocumentCoder Coder, OpenCodebook Codes, IReadOnlyList<string> Notes, int PatternLineOffset) Build(IReadOnlyList<string> actorFiles, string verbFile, VerbFormat format)
    {
        foreach (var file in actorFiles.Append(verbFile))
        {
            if (!File.Exists(file))
            {
                throw new EvalSuiteException($"{file}: dictionary named by the suite does not exist.");
            }
        }

        var notes = new List<string>();
        // The peers code with their own dictionaries only: Parley's built-in countries, people and groups ("crowds",
        // "embassy") would give actors where TABARI and PETRARCH find none (a bare group is no actor to them).
        var actors = ActorDictionary.FromKnowledgeBase(new ActorKnowledgeBase([], [], [], [], "suite dictionaries"));
        var reports = actorFiles.Select(f => ActorDictionaryImporter.Import(f, actors)).ToList();
        foreach (var report in reports)
        {
            notes.Add($"{Path.GetFileName(report.File)}: {report.Records} actor record(s), {report.Phrases} phrase(s), {report.Problems.Count} line(s) skipped");
        }

        var text = File.ReadAllText(verbFile);
        var codes = OpenCodebook.For([text]);
        var source = new LexiconSource();
        var rewritten = codes.Rewrite(text);
        var lineOffset = 0;
        if (format == VerbFormat.Petrarch)
        {
            (rewritten, lineOffset) = HoistSynonymSets(rewritten);
            if (lineOffset > 0)
            {
                notes.Add($"{Path.GetFileName(verbFile)}: synonym sets defined between verb blocks (PETRARCH-1 layout) moved to the top ({lineOffset} lines)");
            }
        }

        var summary = format == VerbFormat.Tabari
            ? TabariVerbImporter.Read(source, rewritten, verbFile, codes.Codebook)
            : PetrarchVerbImporter.Read(source, rewritten, verbFile, codes.Codebook);
        notes.Add($"{Path.GetFileName(verbFile)}: {summary.Format} verbs, {summary.PatternsImported} of {summary.PatternLines} pattern lines imported"
            + (codes.SurrogateCodes.Count > 0 ? $"; open codebook: {codes.SurrogateCodes.Count} non-CAMEO code(s) kept as suite codes ({string.Join(' ', codes.SurrogateCodes)})" : string.Empty));
        var patterns = PatternLexicon.Compile(source, Inflector.Default);
        // Both peers take the first actor after the verb as its target, whatever preposition stands before it.
        notes.Add("an actor after 'in', 'at' or 'near' may be the target (the suite's convention)");
        return (new DocumentCoder(codes.Codebook, actors, patterns) { PlacesCanBeTargets = true }, codes, notes, lineOffset);
    }

    /// <summary>
    /// PETRARCH-1's verb files (PETR.Validate.verbs.txt) define synonym sets (<c>&amp;NAME</c> and its <c>+member</c>
    /// lines) between verb blocks; the PETRARCH-2 importer reads them only before the first block. The sets are copied
    /// to the top and their original lines blanked, so every other line keeps its number plus the returned offset.
    /// </summary>
    internal static (string Text, int InsertedLines) HoistSynonymSets(string text)
    {
        var lines = text.Split('\n');
        var firstBlock = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        if (firstBlock < 0)
        {
            return (text, 0);
        }

        var hoisted = new List<string>();
        for (var i = firstBlock; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('&'))
            {
                continue;
            }

            hoisted.Add(lines[i]);
            lines[i] = string.Empty;
            while (i + 1 < lines.Length && lines[i + 1].StartsWith('+'))
            {
                i++;
                hoisted.Add(lines[i]);
                lines[i] = string.Empty;
            }

            hoisted.Add(string.Empty);
        }

        return hoisted.Count == 0 ? (text, 0) : (string.Join('\n', hoisted.Concat(lines)), hoisted.Count);
    }
}
