using Parley.Ontology;

namespace Parley.Lexicon.Import;

/// <summary>
/// Reads a PETRARCH-2 verb dictionary (CAMEO.2.0.txt format): synonym sets (<c>&amp;NAME</c> with <c>+member</c> lines)
/// become word classes, verb blocks (<c>--- NAME [CODE] ---</c> with verb lines and <c>- pattern [CODE]</c> lines) become
/// verb patterns — each pattern for each verb of its block — with <c>$</c> and <c>+</c> as SOURCE and TARGET and
/// <c>^</c> as a gap. What cannot be mapped (compound actors <c>%</c>, transformations <c>~</c>, codes outside the
/// codebook) is reported line by line in <see cref="LexiconSource.SkippedLines"/>.
/// </summary>
public static class PetrarchVerbImporter
{
    /// <summary>Reads the dictionary text into <paramref name="source"/> and returns counts of what was read.</summary>
    public static ImportSummary Read(LexiconSource source, string text, string fileName, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codebook);
        source.AddFile(fileName);
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        var inVerbs = false;
        var block = new List<ImportedVerb>();
        var blockCode = "---";
        var patternsInBlock = 0;
        var lines = text.Split('\n');

        // PETRARCH-1's files (PETR.Validate.verbs.txt) write TABARI's linear patterns, "the same syntax as TABARI patterns"
        // (its manual): no {noun phrase} or (prepositional phrase) groups. They are read as TABARI's: any words of the
        // clause between elements not joined by '_', '^' as an actor stepped over; but words are whole, as "PETRARCH only
        // works with complete words" (its manual, on the differences from TABARI).
        var linear = !Array.Exists(lines, l => l.TrimStart().StartsWith('-') && !l.TrimStart().StartsWith("---", StringComparison.Ordinal)
            && l.Split('#')[0].IndexOfAny(['{', '(']) >= 0);
        var summary = new ImportSummary(fileName, linear ? "PETRARCH-1 (TABARI-style linear patterns)" : "PETRARCH-2");

        var sets = new SynonymSetBuilder(source, fileName, classes, summary);

        void CloseBlock()
        {
            // Verbs of a block with no pattern of their own still code alone when they have a code.
            foreach (var verb in block)
            {
                source.AddEntry(EntryKind.Verb, verb.Lemma, verb.Forms);
                if (verb.Code != "---")
                {
                    AddAlone(source, fileName, verb, codebook, classes, summary);
                }
            }

            block.Clear();
            patternsInBlock = 0;
        }

        for (var n = 0; n < lines.Length; n++)
        {
            var lineNumber = n + 1;
            var raw = lines[n].TrimEnd('\r');
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? trimmed[..hash] : trimmed).Trim();
            if (line.StartsWith("---", StringComparison.Ordinal) && line.Length > 3 && line[3] is ' ' or '\t')
            {
                sets.Close();
                CloseBlock();
                inVerbs = true;
                var (_, _, code) = PatternTokens.HeadLine(line.Trim('-', ' '));
                blockCode = string.IsNullOrEmpty(code) ? "---" : code;
                summary.VerbBlocks++;
                continue;
            }

            if (!inVerbs)
            {
                if (line.StartsWith('&'))
                {
                    sets.Open(ImportTokens.ClassName(line.Split(' ')[0]), lineNumber);
                }
                else if (line.StartsWith('+') && sets.Current is { } set)
                {
                    AddSynsetMember(set.Members, line[1..], set.Name.EndsWith('_') || line.TrimEnd().EndsWith('_'));
                    summary.SynsetMembers++;
                }
                else
                {
                    source.Skip(fileName, lineNumber, $"not a synonym set line ('&NAME' or '+member') before the first verb block: '{line}'");
                }

                continue;
            }

            if (line.StartsWith('~'))
            {
                summary.Transformations++;
                source.Skip(fileName, lineNumber, "transformation (a rule over verb-on-verb structures of a parse tree) has no equivalent in Parley's pattern language");
                continue;
            }

            if (line.StartsWith('-'))
            {
                summary.PatternLines++;
                patternsInBlock++;
                ReadPattern(source, fileName, lineNumber, linear, line[1..].Trim(), block, codebook, classes, summary);
                continue;
            }

            if (line.StartsWith('&'))
            {
                source.Skip(fileName, lineNumber, "synonym set defined after the verb blocks began; define sets at the top");
                continue;
            }

            var (head, forms, verbCode) = PatternTokens.HeadLine(line);
            if (patternsInBlock > 0)
            {
                source.Skip(fileName, lineNumber, $"verb '{head}' after the patterns of its block: the patterns above do not apply to it");
            }

            var parsed = PatternTokens.Verb(head, forms, verbCode ?? blockCode, lineNumber);
            if (parsed is null || !parsed.Lemma.All(c => char.IsLetter(c) || c is '-' or '\''))
            {
                source.Skip(fileName, lineNumber, $"'{line}' is not a verb line (a word, '+' for multi-word verbs, '{{forms}}', '[code]')");
                continue;
            }

            summary.Verbs++;

            // A verb listed twice in one block ("STUN" and "STUN {STUNS ...}") shares its patterns once.
            var same = block.FindIndex(v => v.Lemma == parsed.Lemma && v.Before.SequenceEqual(parsed.Before) && v.After.SequenceEqual(parsed.After));
            if (same >= 0)
            {
                block[same] = block[same] with { Forms = [.. block[same].Forms, .. parsed.Forms] };
                continue;
            }

            block.Add(parsed);
        }

        sets.Close();
        CloseBlock();
        return summary;
    }

    private static void ReadPattern(LexiconSource source, string file, int line, bool linear, string body, List<ImportedVerb> block, Codebook codebook,
        IReadOnlyDictionary<string, WordClass> classes, ImportSummary summary)
    {
        var open = body.LastIndexOf('[');
        var close = body.LastIndexOf(']');
        if (open < 0 || close < open)
        {
            summary.PatternsSkipped++;
            source.Skip(file, line, "pattern has no [code]");
            return;
        }

        if (block.Count == 0)
        {
            summary.PatternsSkipped++;
            source.Skip(file, line, "pattern before any verb of its block");
            return;
        }

        // Noun phrases {A B} and prepositional phrases (P N) are read as their words in order.
        var words = body[..open].Replace('{', ' ').Replace('}', ' ').Replace('(', ' ').Replace(')', ' ');
        var reason = PatternTokens.Split(words, out var before, out var headJoined, out var after);
        var code = body[(open + 1)..close].Trim();
        var made = 0;
        foreach (var verb in block)
        {
            if (reason is null)
            {
                reason = ImportTokens.TryBuild(source, file, line, verb, before, headJoined, after, code, codebook, classes, out var pattern, tabari: linear, wholeWords: true);
                if (pattern is not null)
                {
                    source.AddPattern(pattern);
                    made++;
                    reason = null;
                }
            }
        }

        if (reason is not null)
        {
            summary.PatternsSkipped++;
            source.Skip(file, line, reason);
            return;
        }

        summary.PatternsImported++;
        summary.CompiledPatterns += made;
    }

    private static void AddAlone(LexiconSource source, string file, ImportedVerb verb, Codebook codebook, IReadOnlyDictionary<string, WordClass> classes, ImportSummary summary)
    {
        var reason = ImportTokens.TryBuild(source, file, verb.Line, verb, [], false, [], verb.Code, codebook, classes, out var pattern);
        if (pattern is null)
        {
            source.Skip(file, verb.Line, $"verb '{verb.Lemma}' on its own: {reason}");
            return;
        }

        source.AddPattern(pattern);
        summary.CompiledPatterns++;
    }

    private static void AddSynsetMember(List<IReadOnlyList<string>> members, string text, bool noPlural)
    {
        // Members are consecutive words, written with blanks or underscores ("+SWISS FRANCS", "+DID N'T").
        var phrase = text.Trim().TrimEnd('_');
        var words = phrase.Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        members.Add(words);
        if (!noPlural)
        {
            // PETRARCH adds regular plurals to synonym set members: +S, Y → IES, SS → SES.
            var last = words[^1];
            var plural = last.EndsWith("ss", StringComparison.Ordinal) ? last + "es"
                : last.EndsWith('y') && last.Length > 1 && !"aeiou".Contains(last[^2], StringComparison.Ordinal) ? last[..^1] + "ies"
                : last + "s";
            members.Add([.. words[..^1], plural]);
        }
    }
}
