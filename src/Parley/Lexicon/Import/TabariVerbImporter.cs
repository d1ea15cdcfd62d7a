using Parley.Ontology;

namespace Parley.Lexicon.Import;

/// <summary>
/// Reads a TABARI <c>.verbs</c> dictionary: a <c>&lt;SYNSETS&gt;</c> section (word classes), then verb roots
/// (<c>ROOT [CODE]</c>, irregular forms on a following <c>{ ... }</c> line) each followed by its patterns
/// (<c>- words * words [CODE]</c>), read as TABARI reads them: '_' joins words that must be adjacent, and any words of
/// the clause may stand between elements it does not join (a gap); a root or word not ended by '_' is a stem matching
/// every word it begins, a root ended by '_' takes the regular endings; <c>$</c>, <c>+</c>, <c>%</c> and <c>^</c> become
/// SOURCE, TARGET, a compound SOURCE_AND_TARGET and an actor stepped over; alternatives (<c>{ a | b }</c>) one pattern each. The
/// subordinate and dominant codes (<c>[023?]</c>, <c>[031!]</c>, manual 6.6) set <see cref="EventPattern.Priority"/>. The
/// <c>&lt;TIME&gt;</c> section, the discard and complex codes and codes outside the codebook are reported line by line
/// in <see cref="LexiconSource.SkippedLines"/>.
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
                var reason = ImportTokens.TryBuild(source, fileName, verb.Line, verb, [], false, [], verb.Code, codebook, classes, out var alone, tabari: true, priorities: true);
                if (alone is null)
                {
                    source.Skip(fileName, verb.Line, $"verb root '{verb.Lemma}' on its own: {reason}");
                }
                else
                {
                    source.AddPattern(alone with { HeadReadByPosition = true });
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
                    if (member.Contains('$', StringComparison.Ordinal) || member.Contains('+', StringComparison.Ordinal))
                    {
                        source.Skip(fileName, lineNumber, $"synonym set member '{member}' holds an actor marker; members are words only");
                        continue;
                    }

                    // A member may name a set defined before ("&TIETYPES_MEMOS"): one member per member of that set.
                    var expanded = ExpandSetMember(member, classes, out var undefined);
                    if (undefined is not null)
                    {
                        source.Skip(fileName, lineNumber, $"synonym set member '{member}' refers to {undefined}, which is not defined before it");
                        continue;
                    }

                    set.Members.AddRange(expanded);
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

                var written = line.Trim('{', '}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var forms = written.Select(f => f.TrimEnd('_').ToLowerInvariant()).Where(IsFormWord).ToArray();
                verb = verb with { Forms = [.. verb.Forms, .. forms] };
                source.AddEntry(EntryKind.Verb, verb.Lemma, forms);

                // A form is written as a root is (manual 5.5.1 and 5.2.2): not ended by '_' it is a stem that matches
                // every word it begins ("ACTUALITY": "actualities"), as the root itself would be.
                foreach (var stem in written.Where(f => !f.EndsWith('_') && !f.EndsWith('=')).Select(f => f.ToLowerInvariant()).Where(IsFormWord))
                {
                    source.AddStemForm(EntryKind.Verb, verb.Lemma, stem);
                }

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

            // TABARI: a root word ended by '_' matches whole, with the regular endings -s, -ed, -es, -en, -ing; '=' stops
            // the endings; a root word without either is a stem that matches every word it begins ("RESTOR": "restore").
            var firstWordEnd = head.IndexOfAny(['_', ' ', '=']);
            var whole = firstWordEnd >= 0 && head[firstWordEnd] is '_' or '=';
            var endings = firstWordEnd >= 0 && head[firstWordEnd] == '_'
                ? TabariEndings.Select(e => verb.Lemma + e).ToArray()
                : [];
            source.AddEntry(EntryKind.Verb, verb.Lemma, endings);
            if (!whole)
            {
                source.AddStemHead(EntryKind.Verb, verb.Lemma);
            }
        }

        sets.Close();
        CloseVerb();
        return summary;
    }

    private static bool IsFormWord(string form) => form.Length > 0 && form.All(c => char.IsLetter(c) || c is '-' or '\'');

    // TABARI's regular verb endings, added to a root ended by '_' (manual, "Regular Noun and Verb Endings").
    private static readonly string[] TabariEndings = ["s", "ed", "es", "en", "ing"];

    private static void ReadPattern(LexiconSource source, string file, int line, string body, ImportedVerb? verb, Codebook codebook,
        IReadOnlyDictionary<string, WordClass> classes, ImportSummary summary)
    {
        string? reason = null;
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
        else if (ExpandAlternatives(body[..open]) is not { } variants)
        {
            reason = "alternatives '{ a | b }' are not closed";
        }
        else
        {
            // "{ a | b }" stands for one pattern per alternative.
            var imported = false;
            foreach (var variant in variants)
            {
                EventPattern? pattern = null;
                var error = PatternTokens.Split(variant, out var before, out var headJoined, out var after)
                    ?? ImportTokens.TryBuild(source, file, line, verb, before, headJoined, after, body[(open + 1)..close], codebook, classes, out pattern, tabari: true, priorities: true);
                if (error is null && pattern is not null)
                {
                    source.AddPattern(pattern with { HeadReadByPosition = true });
                    summary.CompiledPatterns++;
                    imported = true;
                }
                else
                {
                    reason ??= error;
                }
            }

            if (imported)
            {
                summary.PatternsImported++;
                return;
            }
        }

        summary.PatternsSkipped++;
        source.Skip(file, line, reason!);
    }

    /// <summary>
    /// The patterns a TABARI pattern with alternatives stands for: "A_{ B | C_D }_E" is "A_B_E" and "A_C_D_E"; a pattern
    /// without alternatives stands for itself. Null when a '{' is not closed.
    /// </summary>
    internal static List<string>? ExpandAlternatives(string pattern)
    {
        var open = pattern.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return [pattern];
        }

        var close = pattern.IndexOf('}', open);
        if (close < 0)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var alternative in pattern[(open + 1)..close].Split('|'))
        {
            // The connectors around the braces join to the alternative: "DEMAND_{ GENEVA_ | ... }_CONVENTIONS".
            var joined = (pattern[..open] + alternative.Trim() + pattern[(close + 1)..]).Replace("__", "_", StringComparison.Ordinal);
            if (ExpandAlternatives(joined) is not { } more)
            {
                return null;
            }

            result.AddRange(more);
        }

        return result;
    }

    // "&TIETYPES_MEMOS" with &TIETYPES = military | economic: "military memos", "economic memos".
    // Members follow TABARI's connector rules (manual, sections 5.2.2 and 5.6): a word not followed by '_' is a stem,
    // so "SWISS_FRANC" is the word "swiss" and a word beginning "franc" ("francs"), "KRONER_" only "kroner".
    private static List<IReadOnlyList<string>> ExpandSetMember(string member, IReadOnlyDictionary<string, WordClass> classes, out string? undefined)
    {
        undefined = null;
        var results = new List<List<string>> { new() };
        var tokens = member.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        var searchFrom = 0;
        foreach (var token in tokens)
        {
            var at = member.IndexOf(token, searchFrom, StringComparison.Ordinal);

            // Words written apart ("+&TIETYPES ASSURANCES") may have others between them, as in a pattern (manual 5.6).
            if (searchFrom > 0 && member[searchFrom..at].Contains(' ', StringComparison.Ordinal) && !member[searchFrom..at].Contains('_', StringComparison.Ordinal))
            {
                results.ForEach(r => r.Add(WordClass.Gap));
            }

            searchFrom = at + token.Length;
            if (!token.StartsWith('&'))
            {
                var whole = searchFrom < member.Length && member[searchFrom] == '_';
                var last = token;

                // "+DIDN'T": the tokenizer's "did" "n't".
                if (ImportTokens.SplitClitic(token) is var (host, clitic))
                {
                    results.ForEach(r => r.Add(host.ToLowerInvariant()));
                    last = clitic;
                }

                var word = last.ToLowerInvariant() + (whole || !last.Any(char.IsLetter) ? string.Empty : "~");
                results.ForEach(r => r.Add(word));
                continue;
            }

            if (!classes.TryGetValue(ImportTokens.ClassName(token), out var set))
            {
                undefined = token;
                return [];
            }

            results = [.. results.SelectMany(r => set.Members.Select(m => (List<string>)[.. r, .. m]))];
        }

        return [.. results];
    }
}
