using Parley.Ontology;

namespace Parley.Lexicon;

/// <summary>
/// Reads Parley's pattern language (docs/patterns.md): word classes (<c>$NAME = a | b c | d</c>), entries
/// (<c>verb LEMMA</c>, <c>noun LEMMA</c>, <c>phrase WORD</c>, optionally <c>| extra forms</c>) and, indented under an
/// entry, pattern lines <c>CODE elements</c> where the elements are the head word, literal words, <c>$CLASS</c>,
/// <c>SOURCE</c>, <c>TARGET</c> and <c>...</c>; '_' joins elements that must be adjacent; '#' starts a comment.
/// </summary>
public static class PatternFile
{
    /// <summary>Reads one file of the pattern language into <paramref name="source"/>, reporting every problem with its line.</summary>
    public static void Read(LexiconSource source, string text, string fileName, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codebook);
        source.AddFile(fileName);
        EntryKind? kind = null;
        string? lemma = null;
        HashSet<string> heads = new(StringComparer.OrdinalIgnoreCase);
        (string Name, List<IReadOnlyList<string>> Members, int Line)? openClass = null;
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var lineNumber = n + 1;
            var raw = lines[n].TrimEnd('\r');
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indented = char.IsWhiteSpace(line[0]);
            var body = line.Trim();
            if (indented && body.StartsWith('|') && openClass is { } continued)
            {
                AddMembers(continued.Members, body[1..]);
                continue;
            }

            if (openClass is { } finished)
            {
                source.AddClass(new WordClass(finished.Name, finished.Members, $"{fileName}:{finished.Line}"));
                openClass = null;
            }

            if (!indented && body.StartsWith('$'))
            {
                var equals = body.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? body : body[..equals].Trim();
                if (equals < 0 || !IsClassName(name))
                {
                    source.Report(fileName, lineNumber, DiagnosticSeverity.Error, $"expected '$NAME = word | word ...' (NAME in capitals), got '{body}'");
                    continue;
                }

                if (source.Classes.ContainsKey(name))
                {
                    source.Report(fileName, lineNumber, DiagnosticSeverity.Error, $"word class {name} is defined twice (first at {source.Classes[name].Id})");
                }

                var members = new List<IReadOnlyList<string>>();
                AddMembers(members, body[(equals + 1)..]);
                openClass = (name, members, lineNumber);
                continue;
            }

            if (!indented)
            {
                var space = body.IndexOf(' ', StringComparison.Ordinal);
                var keyword = space < 0 ? body : body[..space];
                EntryKind? parsedKind = keyword switch { "verb" => EntryKind.Verb, "noun" => EntryKind.Noun, "phrase" => EntryKind.Phrase, _ => null };
                var rest = space < 0 ? string.Empty : body[(space + 1)..];
                var bar = rest.IndexOf('|', StringComparison.Ordinal);
                var head = (bar < 0 ? rest : rest[..bar]).Trim().ToLowerInvariant();
                if (parsedKind is null || head.Length == 0 || head.Contains(' ', StringComparison.Ordinal) || !IsWord(head))
                {
                    source.Report(fileName, lineNumber, DiagnosticSeverity.Error,
                        $"expected an entry 'verb LEMMA', 'noun LEMMA' or 'phrase WORD' (one lower-case word), or an indented pattern line, got '{body}'");
                    kind = null;
                    continue;
                }

                kind = parsedKind;
                lemma = head;
                var extra = bar < 0 ? [] : rest[(bar + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant()).ToArray();
                source.AddEntry(kind.Value, lemma, extra);
                heads = [.. HeadForms(kind.Value, lemma, extra)];
                continue;
            }

            if (kind is null || lemma is null)
            {
                source.Report(fileName, lineNumber, DiagnosticSeverity.Error, $"pattern line outside an entry (put 'verb LEMMA' or 'noun LEMMA' above it): '{body}'");
                continue;
            }

            ReadPattern(source, codebook, fileName, lineNumber, kind.Value, lemma, heads, body);
        }

        if (openClass is { } last)
        {
            source.AddClass(new WordClass(last.Name, last.Members, $"{fileName}:{last.Line}"));
        }
    }

    /// <summary>The forms a head may be written in inside a pattern line (and matches in text, for nouns and phrases).</summary>
    internal static IEnumerable<string> HeadForms(EntryKind kind, string lemma, IReadOnlyList<string> extra) => kind switch
    {
        EntryKind.Verb => Inflector.Default.Inflect(lemma).Select(f => f.Form).Concat(extra),
        EntryKind.Noun => Internal.NounForms.Of(lemma).Concat(extra),
        _ => [lemma, .. extra],
    };

    private static void ReadPattern(LexiconSource source, Codebook codebook, string fileName, int lineNumber, EntryKind kind, string lemma, HashSet<string> heads, string body)
    {
        var parts = body.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        void Error(string message) => source.Report(fileName, lineNumber, DiagnosticSeverity.Error, message);
        if (!TryParseCode(parts[0], codebook, out var code, out var reciprocal, out var codeError))
        {
            Error(codeError);
            return;
        }

        var before = new List<PatternElement>();
        var after = new List<PatternElement>();
        var headSeen = false;
        foreach (var part in parts[1..])
        {
            var pieces = part.Split('_');
            for (var p = 0; p < pieces.Length; p++)
            {
                var piece = pieces[p];

                // Before the head '_' binds an element to what follows it; after the head, to what precedes it.
                var adjacent = headSeen ? p > 0 : p < pieces.Length - 1;
                PatternElement element;
                if (piece.Length == 0)
                {
                    Error($"'{part}' has an empty word around '_'");
                    return;
                }
                else if (!headSeen && heads.Contains(piece))
                {
                    headSeen = true;
                    continue;
                }
                else if (piece == "SOURCE")
                {
                    element = new PatternElement(PatternElementKind.Source, null, null, adjacent);
                }
                else if (piece == "TARGET")
                {
                    element = new PatternElement(PatternElementKind.Target, null, null, adjacent);
                }
                else if (piece == "COMPOUND")
                {
                    element = new PatternElement(PatternElementKind.Compound, null, null, adjacent);
                }
                else if (piece == "...")
                {
                    element = new PatternElement(PatternElementKind.Gap, null, null, adjacent);
                }
                else if (piece.StartsWith('$'))
                {
                    if (!source.Classes.TryGetValue(piece, out var wordClass))
                    {
                        Error($"pattern uses the word class {piece}, which is not defined before it");
                        return;
                    }

                    element = new PatternElement(PatternElementKind.Class, null, wordClass, adjacent);
                }
                else if (IsWord(piece) && piece.Any(char.IsLetterOrDigit) && !piece.Any(char.IsUpper))
                {
                    element = new PatternElement(PatternElementKind.Word, piece, null, adjacent);
                }
                else
                {
                    Error($"'{piece}' is not a pattern element: write words in lower case, slots as SOURCE, TARGET or COMPOUND, classes as $NAME, a gap as '...'");
                    return;
                }

                (headSeen ? after : before).Add(element);
            }
        }

        if (!headSeen)
        {
            Error($"pattern does not contain its head '{lemma}' (or a form of it)");
            return;
        }

        if (before.Count(e => e.Kind == PatternElementKind.Source) + after.Count(e => e.Kind == PatternElementKind.Source) > 1
            || before.Count(e => e.Kind == PatternElementKind.Target) + after.Count(e => e.Kind == PatternElementKind.Target) > 1
            || before.Count(e => e.Kind == PatternElementKind.Compound) + after.Count(e => e.Kind == PatternElementKind.Compound) > 1)
        {
            Error("pattern has more than one SOURCE, TARGET or COMPOUND slot");
            return;
        }

        if ((before.Count > 0 && before[0].Kind == PatternElementKind.Gap) || (after.Count > 0 && after[^1].Kind == PatternElementKind.Gap))
        {
            Error("'...' at the start or end of a pattern matches nothing; put it between two elements");
            return;
        }

        if (code is null && reciprocal is not null)
        {
            Error("a null pattern ('---') cannot have a reciprocal code");
            return;
        }

        source.AddPattern(new EventPattern($"{fileName}:{lineNumber}", kind, lemma, code, reciprocal, before, after, string.Join(' ', parts[1..])));
    }

    /// <summary>Parses "112", "042:043" or "---".</summary>
    internal static bool TryParseCode(string text, Codebook codebook, out CameoCodeInfo? code, out CameoCodeInfo? reciprocal, out string error)
    {
        code = null;
        reciprocal = null;
        error = string.Empty;
        var halves = text.Split(':');
        if (halves.Length > 2)
        {
            error = $"'{text}' is not a code: write CODE, CODE:RECIPROCAL or ---";
            return false;
        }

        for (var h = 0; h < halves.Length; h++)
        {
            var half = halves[h];
            if (half == "---" || (h == 0 && half.Length == 0 && halves.Length == 2))
            {
                continue;
            }

            if (!codebook.TryGet(half, out var info))
            {
                error = half.All(char.IsAsciiDigit) && half.Length is >= 2 and <= 4
                    ? $"references unknown code '{half}' (not in the CAMEO codebook)"
                    : $"'{text}' is not a code: a pattern line starts with a CAMEO code (e.g. 112), CODE:RECIPROCAL, or --- for a null pattern";
                return false;
            }

            if (h == 0)
            {
                code = info;
            }
            else
            {
                reciprocal = info;
            }
        }

        return true;
    }

    private static void AddMembers(List<IReadOnlyList<string>> members, string text)
    {
        foreach (var member in text.Split('|'))
        {
            var words = member.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                members.Add(words);
            }
        }
    }

    private static bool IsClassName(string name) =>
        name.Length > 1 && name[0] == '$' && name[1..].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    private static bool IsWord(string word) => word.All(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '.' or '&');
}
