using System.Globalization;
using System.Text;
using Parley.Lexicon.Actors;

namespace Parley.Lexicon.Import;

/// <summary>
/// Imports the community actor and agent dictionaries in their native formats: TABARI <c>.actors</c> and
/// <c>.agents</c> (codes on the phrase line: <c>ALBRIGHT [USAGOV 991201-010114] [---]</c>) and PETRARCH-2
/// <c>*.actors.txt</c> / <c>*agents.txt</c> (a primary phrase, <c>+</c> synonyms, tab-indented restrictions:
/// <c>[RUSGOV &gt;080508]</c>). Imported entries replace built-in entries with the same phrase. A phrase whose
/// last word has no trailing underscore matches any word starting with it, as in TABARI ("ARGENTIN").
/// Every line that is not used is reported with its number and the reason.
/// </summary>
public static class ActorDictionaryImporter
{
    /// <summary>Whether a file name looks like an agents dictionary (<c>*.agents</c>, <c>*agents*.txt</c>).</summary>
    public static bool IsAgentsFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name.EndsWith(".agents", StringComparison.Ordinal) || (name.Contains("agents", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal));
    }

    /// <summary>Whether a file name looks like an actors dictionary (<c>*.actors</c>, <c>*actors*.txt</c>).</summary>
    public static bool IsActorsFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name.EndsWith(".actors", StringComparison.Ordinal) || (name.Contains("actors", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal));
    }

    /// <summary>Imports a file into <paramref name="dictionary"/>; agents or actors by its name.</summary>
    public static ActorImportReport Import(string path, ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(dictionary);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        return IsAgentsFile(path) ? ImportAgents(lines, path, dictionary) : ImportActors(lines, path, dictionary);
    }

    /// <summary>Imports the lines of an actors dictionary.</summary>
    public static ActorImportReport ImportActors(IReadOnlyList<string> lines, string file, ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dictionary);
        var problems = new List<ImportProblem>();
        var records = 0;
        var phrases = 0;
        Record? current = null;
        var section = (string?)null;

        // TABARI's phrases (".actors") join words that must follow each other with '_'; words written apart may have
        // others between them, as in its patterns (manual 5.2: the three dictionaries share one phrase format); PETRARCH's
        // dictionaries documentation says the same of its actor and agent phrases ("a blank between words means that
        // additional words can occur"). TABARI reads its text in upper case (manual 7.3), so its names match in lower
        // case too.
        var tabari = file.EndsWith(".actors", StringComparison.OrdinalIgnoreCase);

        void Flush()
        {
            if (current is null)
            {
                return;
            }

            if (current.Failed)
            {
                // already reported with its line
            }
            else if (current.Codes.Count == 0 && current.Default is null && !current.NullCode)
            {
                problems.Add(new ImportProblem(file, current.Line, $"'{current.Phrases[0].Text}' has no code; skipped."));
            }
            else
            {
                var entry = new ActorEntry(ActorKind.Imported, null, null, null, current.Phrases[0].Text, $"{Path.GetFileName(file)}:{current.Line}")
                {
                    Codes = current.Codes,
                    DefaultCode = current.Default,
                    MatchesAnyCase = tabari,
                };
                foreach (var phrase in current.Phrases)
                {
                    var gapBefore = phrase.GapBefore;
                    dictionary.AddImported(phrase.Words, phrase.LastIsStem, entry, gapBefore);
                    if (phrase.Hyphenated is { } hyphenated)
                    {
                        dictionary.AddImported(hyphenated, phrase.LastIsStem, entry);
                    }

                    if (phrase.RegularPlural && !phrase.Words[^1].EndsWith('s') && !phrase.Words[^1].EndsWith('S'))
                    {
                        dictionary.AddImported([.. phrase.Words[..^1], phrase.Words[^1] + "s"], lastIsStem: false, entry, gapBefore);
                    }

                    phrases++;
                }

                records++;
            }

            current = null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = i + 1;
            var raw = lines[i];
            var line = StripComment(raw);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.StartsWith("~~FINISH", StringComparison.Ordinal))
            {
                break; // TABARI's end-of-dictionary marker
            }

            if (trimmed.StartsWith('<'))
            {
                // TABARI's <NOUN> and <ADJECTIVE> lists (words for its parser) and XML-style comments.
                section = trimmed.StartsWith("</", StringComparison.Ordinal) ? null : trimmed.Trim('<', '>').ToUpperInvariant();
                if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
                {
                    section = null;
                }

                continue;
            }

            if (section is "NOUN" or "ADJECTIVE")
            {
                // TABARI's compound noun and adjective phrases (manual 7.5.1): "sheep and goats" divides no clause. The
                // lists' one-word entries are kept for that (a stem unless ended by '_'); Parley tags words itself otherwise.
                var word = trimmed.Split([' ', '\t', ';'], StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : string.Empty;
                if (word.TrimEnd('_').Length > 0 && !word.TrimEnd('_').Contains('_', StringComparison.Ordinal))
                {
                    dictionary.AddCompoundPhraseWord(word.TrimEnd('_'), section == "NOUN", stem: !word.EndsWith('_'));
                }

                continue;
            }

            if (char.IsWhiteSpace(line[0]) && trimmed.StartsWith('['))
            {
                if (current is null)
                {
                    problems.Add(new ImportProblem(file, lineNumber, "a date restriction stands before any phrase; skipped."));
                    continue;
                }

                if (!ParseCodes(trimmed, current, out var error))
                {
                    problems.Add(new ImportProblem(file, lineNumber, error));
                }

                continue;
            }

            if (trimmed.StartsWith('+'))
            {
                if (current is null)
                {
                    problems.Add(new ImportProblem(file, lineNumber, "a synonym ('+') stands before any phrase; skipped."));
                    continue;
                }

                var (synonym, synonymCodes) = SplitPhrase(trimmed[1..]);
                current.Phrases.Add(Phrase(synonym));
                if (synonymCodes.Length > 0 && !ParseCodes(synonymCodes, current, out var error))
                {
                    problems.Add(new ImportProblem(file, lineNumber, error));
                }

                continue;
            }

            Flush();
            var (text, codes) = SplitPhrase(trimmed);
            if (text.Length == 0)
            {
                problems.Add(new ImportProblem(file, lineNumber, "no phrase before the codes; skipped."));
                continue;
            }

            current = new Record(lineNumber);
            current.Phrases.Add(Phrase(text));
            if (codes.Length > 0 && !ParseCodes(codes, current, out var codeError))
            {
                problems.Add(new ImportProblem(file, lineNumber, codeError));
                current.Failed = current.Codes.Count == 0 && current.Default is null;
            }
        }

        Flush();
        return new ActorImportReport(file, records, phrases, problems);
    }

    /// <summary>
    /// Imports the lines of an agents dictionary: <c>PHRASE {plural} [~CODE]</c>, <c>!MARKER! = A, B</c> substitution sets.
    /// In a PETRARCH file (any name but <c>*.agents</c>) a phrase matches whole words only, with the plurals it generates.
    /// </summary>
    public static ActorImportReport ImportAgents(IReadOnlyList<string> lines, string file, ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dictionary);
        var problems = new List<ImportProblem>();
        var markers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);

        // PETRARCH's agents (*agents*.txt) are whole words: it generates the plural forms itself ("{}" for none, as for
        // "police"), so "POLICE {}" must not also read "polices" as TABARI's stem matching would.
        var wholeWords = !Path.GetFileName(file).EndsWith(".agents", StringComparison.OrdinalIgnoreCase);
        var records = 0;
        var phrases = 0;
        var inComment = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = i + 1;
            var trimmed = lines[i].Trim();
            if (inComment || trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                inComment = !trimmed.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            trimmed = StripComment(trimmed).Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith('!') && trimmed.Contains('=', StringComparison.Ordinal) && !trimmed.Contains('[', StringComparison.Ordinal))
            {
                var eq = trimmed.IndexOf('=', StringComparison.Ordinal);
                markers[trimmed[..eq].Trim()] = trimmed[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }

            var open = trimmed.IndexOf('[', StringComparison.Ordinal);
            var close = trimmed.IndexOfAny([']', '}'], Math.Max(open, 0));
            if (open < 0 || close < 0)
            {
                problems.Add(new ImportProblem(file, lineNumber, "no agent code in brackets; skipped."));
                continue;
            }

            var code = trimmed[(open + 1)..close].Trim();
            var roleFirst = code.EndsWith('~');
            if (!code.Contains('~', StringComparison.Ordinal) || code.Trim('~').Length == 0)
            {
                problems.Add(new ImportProblem(file, lineNumber, $"agent code '{code}' lacks the '~' that says where it joins the actor's code; skipped."));
                continue;
            }

            var role = code.Trim('~').Trim();
            var phrasePart = trimmed[..open].Trim();
            string? plural = null;
            var noPlural = false;
            var brace = phrasePart.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                var braceEnd = phrasePart.IndexOf('}', brace);
                var inner = braceEnd > brace ? phrasePart[(brace + 1)..braceEnd].Trim() : string.Empty;
                noPlural = inner.Length == 0;
                plural = noPlural ? null : inner;
                phrasePart = phrasePart[..brace].Trim();
            }

            var forms = new List<string>();
            foreach (var expanded in Expand(phrasePart, markers))
            {
                forms.Add(expanded);
                if (plural is not null)
                {
                    forms.Add(plural);
                }
                else if (!noPlural && !phrasePart.Contains('!', StringComparison.Ordinal))
                {
                    forms.Add(RegularPlural(expanded));
                }
            }

            var entry = new ActorEntry(ActorKind.Agent, null, null, role, forms[0].Replace('_', ' ').Trim().ToLowerInvariant(), $"{Path.GetFileName(file)}:{lineNumber}") { RoleFirst = roleFirst, FormerIsElite = !wholeWords };
            foreach (var form in forms.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var phrase = wholeWords ? Phrase(form) with { LastIsStem = false } : Phrase(form);
                if (phrase.Words.Length > 0)
                {
                    dictionary.AddImported(phrase.Words, phrase.LastIsStem, entry);
                    phrases++;
                }
            }

            records++;
        }

        return new ActorImportReport(file, records, phrases, problems);
    }

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> markers)
    {
        var start = phrase.IndexOf('!', StringComparison.Ordinal);
        var end = start >= 0 ? phrase.IndexOf('!', start + 1) : -1;
        if (end < 0)
        {
            yield return phrase;
            yield break;
        }

        var marker = phrase[start..(end + 1)];
        if (!markers.TryGetValue(marker, out var values))
        {
            yield return phrase.Replace(marker, string.Empty, StringComparison.Ordinal);
            yield break;
        }

        foreach (var value in values)
        {
            foreach (var expanded in Expand(phrase[..start] + value + phrase[(end + 1)..], markers))
            {
                yield return expanded;
            }
        }
    }

    private static string RegularPlural(string phrase)
    {
        var trailing = phrase.EndsWith('_') ? "_" : string.Empty;
        var word = phrase.TrimEnd('_');
        var upper = word.ToUpperInvariant();
        var plural = upper.EndsWith("SS", StringComparison.Ordinal) ? word + "ES"
            : upper.EndsWith('Y') && word.Length > 1 && !"AEIOU".Contains(upper[^2], StringComparison.Ordinal) ? word[..^1] + "IES"
            : word + "S";
        return plural + trailing;
    }

    private static (string Phrase, string Codes) SplitPhrase(string text)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? (text.Trim(), string.Empty) : (text[..open].Trim(), text[open..].Trim());
    }

    private static ImportedPhrase Phrase(string text)
    {
        // "MOUSE=": a whole word that takes no regular ending (TABARI manual 5.2.3).
        var noEndings = text.TrimEnd().EndsWith('=');
        text = text.TrimEnd().TrimEnd('=');
        var lastIsStem = !noEndings && !text.EndsWith('_');
        var words = text.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);

        // Which words are written apart from the one before (a blank, not '_'): "PRINCE DOL_AMROTH".
        var gapBefore = new bool[words.Length];
        var at = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var found = text.IndexOf(words[w], at, StringComparison.Ordinal);
            gapBefore[w] = w > 0 && text[at..found].Contains(' ', StringComparison.Ordinal) && !text[at..found].Contains('_', StringComparison.Ordinal);
            at = found + words[w].Length;
        }

        // "THE_SHIRE", "THE_AU": the coder reads a leading "the" before every actor, so the phrase is stored without it
        // (otherwise the word after "the" would be matched on its own and the entry never).
        if (words.Length > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            words = words[1..];
            gapBefore = gapBefore[1..];
            gapBefore[0] = false;
        }

        // "AL_ASSAD" also reads "al-Assad": TABARI reads a hyphen in the text as a blank (its manual, on input text), as transliterations
        // write these names either way. Two words joined by '_' (which must follow each other) have the hyphenated form.
        var joined = words.Length == 2 && text.Trim().TrimEnd('_').Split('_').Length == 2 ? new[] { words[0] + "-" + words[1] } : null;
        return new ImportedPhrase(text.Replace('_', ' ').Trim(), words, lastIsStem && words.Length > 0)
        {
            Hyphenated = joined,
            RegularPlural = !lastIsStem && !noEndings && words.Length > 0,
            GapBefore = gapBefore.Any(g => g) ? gapBefore : null,
        };
    }

    // "[USAGOV 991201-010114] [---]", "[RUSGOV >080508]", "[AFGELI]", "[EGY < 911231]".
    private static bool ParseCodes(string text, Record record, out string error)
    {
        error = string.Empty;
        var position = 0;
        while ((position = text.IndexOf('[', position)) >= 0)
        {
            var close = text.IndexOf(']', position);
            if (close < 0)
            {
                error = $"unclosed '[' in '{text}'; code skipped.";
                return false;
            }

            var inner = text[(position + 1)..close].Trim();
            position = close + 1;
            var parts = inner.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0)
            {
                error = "empty code '[]'; skipped.";
                return false;
            }

            var code = parts[0];
            if (parts.Length == 1)
            {
                if (code == "---")
                {
                    record.NullCode = true;
                }
                else
                {
                    record.Default = code;
                }

                continue;
            }

            if (!TryParseRestriction(parts[1].Replace(" ", string.Empty, StringComparison.Ordinal), out var interval))
            {
                error = $"date restriction '{parts[1]}' is not <DATE, >DATE or DATE-DATE (YYMMDD or YYYYMMDD); code skipped.";
                return false;
            }

            record.Codes.Add(new DatedCode(interval, code));
        }

        return true;
    }

    private static bool TryParseRestriction(string text, out Interval interval)
    {
        interval = default;
        if (text.StartsWith('<') && TryParseDate(text[1..], out var before))
        {
            interval = new Interval(DateOnly.MinValue, before);
            return true;
        }

        if (text.StartsWith('>') && TryParseDate(text[1..], out var after))
        {
            interval = new Interval(after, null);
            return true;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && TryParseDate(text[..dash], out var start) && TryParseDate(text[(dash + 1)..], out var end))
        {
            interval = new Interval(start, end < start ? start : end);
            return true;
        }

        return false;
    }

    // YYMMDD (years 00–30 are 20xx, the rest 19xx, as these dictionaries were written before 2030) or YYYYMMDD.
    private static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length == 6 && text.All(char.IsAsciiDigit))
        {
            var yy = int.Parse(text[..2], CultureInfo.InvariantCulture);
            text = (yy <= 30 ? "20" : "19") + text;
        }

        return text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    // Comments: ';' (TABARI) or '#' (PETRARCH), outside brackets.
    private static string StripComment(string line)
    {
        var depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case ';' or '#' when depth <= 0:
                    return line[..i];
            }
        }

        return line;
    }

    private sealed record ImportedPhrase(string Text, string[] Words, bool LastIsStem)
    {
        // The phrase as one hyphenated word ("al-Assad" for "AL_ASSAD"), when it is two words joined by '_'.
        public string[]? Hyphenated { get; init; }

        // A whole last word ("LIBYA_") also matches with TABARI's regular plural ending -S ("Libyas"; manual 5.2.3:
        // the endings hold even after the underscore, but not after '='); the possessive 's is a token of its own.
        public bool RegularPlural { get; init; }

        // Per word, whether it was written apart from the word before (a blank, not '_'); null when none was.
        public bool[]? GapBefore { get; init; }
    }

    private sealed class Record(int line)
    {
        public int Line { get; } = line;

        public List<ImportedPhrase> Phrases { get; } = [];

        public List<DatedCode> Codes { get; } = [];

        public string? Default { get; set; }

        public bool NullCode { get; set; }

        public bool Failed { get; set; }
    }
}
