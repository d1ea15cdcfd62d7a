using Parley.Ontology;

namespace Parley.Lexicon.Import;

/// <summary>
/// Reads a TABARI <c>.verbs</c> dictionary: a <c>&lt;SYNSETS&gt;</c> section (word classes), then verb roots
/// (<c>ROOT [CODE]</c>, irregular forms on a following <c>{ ... }</c> line) each followed by its patterns
/// (<c>- words * words [CODE]</c>). '_' joins words that must be adjacent; <c>$</c>, <c>+</c> and <c>^</c> become SOURCE,
/// TARGET and a gap. TABARI's stems (a root matching every word it begins) are read as whole verbs with their regular
/// endings. The <c>&lt;TIME&gt;</c> section, alternatives (<c>{ a | b }</c>), compound actors (<c>%</c>), the discard and
/// complex codes and codes outside the codebook are reported line by line in <see cref="LexiconSource.SkippedLines"/>.
/// </summary>
public static class TabariVerbImporter
{
    /// <summary>Reads the dictionary text into <paramref name="source"/> and returns counts of what was read.</summary>
    public static ImportSummary Read(LexiconSource source, string text, string fileName, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codebook);
        source.AddFile(fileName);
        var summary = new ImportSummary(fileName, "TABARI");
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        var section = string.Empty;
        ImportedVerb? verb = null;
        var lines = text.Split('\n');

        var sets = new SynonymSetBuilder(source, fileName, classes, summary);

        void CloseVerb()
        {
            if (verb is not null && verb.Code != "---")
            {
                var reason = ImportTokens.TryBuild(source, fileName, verb.Line, verb, [], false, [], verb.Code, codebook, classes, out var alone);
                if (alone is null)
                {
                    source.Skip(fileName, verb.Line, $"verb root '{verb.Lemma}' on its own: {reason}");
                }
                else
                {
                    source.AddPattern(alone);
                    summary.CompiledPatterns++;
                }
            }

            verb = null;
        }

        for (var n = 0; n < lines.Length; n++)
        {
            var lineNumber = n + 1;
            var raw = lines[n].TrimEnd('\r').Trim();
            if (raw.Length == 0 || raw[0] is '#' or '/')
            {
                continue;
            }

            if (raw.StartsWith('~'))
            {
                break;
            }

            var semicolon = raw.IndexOf(';', StringComparison.Ordinal);
            var line = (semicolon >= 0 ? raw[..semicolon] : raw).Trim();
            switch (line.ToUpperInvariant())
            {
                case "<SYNSETS>":
                    section = "synsets";
                    continue;
                case "</SYNSETS>":
                    sets.Close();
                    section = string.Empty;
                    continue;
                case "<TIME>":
                    section = "time";
                    continue;
                case "</TIME>":
                    section = string.Empty;
                    continue;
            }

            if (section == "time")
            {
                source.Skip(fileName, lineNumber, "<TIME> section (date shifts such as LAST_WEEK [-7]) is not an event pattern");
                continue;
            }

            if (section == "synsets")
            {
                if (line.StartsWith('&'))
                {
                    sets.Open(ImportTokens.ClassName(line.Split(' ')[0]), lineNumber);
                }
                else if (line.StartsWith('+') && sets.Current is { } set)
                {
                    var member = line[1..].Trim();
                    if (member.Contains('&', StringComparison.Ordinal) || member.Contains('$', StringComparison.Ordinal))
                    {
                        source.Skip(fileName, lineNumber, $"synonym set member '{member}' refers to another set or a marker; members are words only");
                        continue;
                    }

                    set.Members.Add(member.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray());
                    summary.SynsetMembers++;
                }
                else
                {
                    source.Skip(fileName, lineNumber, $"not a synonym set line ('&NAME' or '+member'): '{line}'");
                }

                continue;
            }

            if (line.StartsWith('-'))
            {
                summary.PatternLines++;
                ReadPattern(source, fileName, lineNumber, line[1..].Trim(), verb, codebook, classes, summary);
                continue;
            }

            if (line.StartsWith('{'))
            {
                if (verb is null)
                {
                    source.Skip(fileName, lineNumber, "irregular forms '{ ... }' without a verb root above them");
                    continue;
                }

                var forms = line.Trim('{', '}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(f => f.TrimEnd('_').ToLowerInvariant()).Where(f => f.Length > 0 && f.All(c => char.IsLetter(c) || c is '-' or '\'')).ToArray();
                verb = verb with { Forms = [.. verb.Forms, .. forms] };
                source.AddEntry(EntryKind.Verb, verb.Lemma, forms);
                continue;
            }

            CloseVerb();
            var (head, _, code) = PatternTokens.HeadLine(line);
            if (code is null)
            {
                source.Skip(fileName, lineNumber, $"verb root '{head}' has no [code]");
                continue;
            }

            // A multi-word root ("APPRECIATE POSITION", "CALLED_ON") has its first word as the verb.
            var parsed = PatternTokens.Verb(head, [], code, lineNumber);
            if (parsed is null || !parsed.Lemma.All(c => char.IsLetterOrDigit(c) || c is '-' or '\''))
            {
                source.Skip(fileName, lineNumber, $"'{line}' is not a verb root line (ROOT [CODE])");
                continue;
            }

            summary.Verbs++;
            verb = parsed;
            source.AddEntry(EntryKind.Verb, verb.Lemma, []);
        }

        sets.Close();
        CloseVerb();
        return summary;
    }

    private static void ReadPattern(LexiconSource source, string file, int line, string body, ImportedVerb? verb, Codebook codebook,
        IReadOnlyDictionary<string, WordClass> classes, ImportSummary summary)
    {
        string? reason;
        var open = body.LastIndexOf('[');
        var close = body.LastIndexOf(']');
        if (verb is null)
        {
            reason = "pattern without a verb root above it";
        }
        else if (open < 0 || close < open)
        {
            reason = "pattern has no [code]";
        }
        else if (body[..open].Contains('{', StringComparison.Ordinal) || body[..open].Contains('|', StringComparison.Ordinal))
        {
            reason = "alternatives '{ a | b }' are not mapped: write one pattern per alternative";
        }
        else
        {
            reason = PatternTokens.Split(body[..open], out var before, out var headJoined, out var after);
            if (reason is null)
            {
                reason = ImportTokens.TryBuild(source, file, line, verb, before, headJoined, after, body[(open + 1)..close], codebook, classes, out var pattern);
                if (pattern is not null)
                {
                    source.AddPattern(pattern);
                    summary.PatternsImported++;
                    summary.CompiledPatterns++;
                    return;
                }
            }
        }

        summary.PatternsSkipped++;
        source.Skip(file, line, reason!);
    }
}
