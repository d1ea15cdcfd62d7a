using System.Globalization;
using System.Text;
using Parley.Lexicon.Actors;

namespace Parley.Evaluation;

/// <summary>What TABARI does with a record before coding it: code it, discard it, or divert it as complex.</summary>
internal enum TabariVerdictKind
{
    /// <summary>The record is coded.</summary>
    Coded,

    /// <summary>A phrase with the discard code <c>[###]</c> is in the text (manual 6.3): nothing is coded.</summary>
    Discarded,

    /// <summary>A phrase with the complex code <c>[+++]</c> is in the text, or a <c>COMPLEX:</c> condition is met (manual 6.4, 8.7).</summary>
    Complex,
}

/// <summary>The verdict on one record and why.</summary>
/// <param name="Kind">Coded, discarded or complex.</param>
/// <param name="Reason">What caused it (the phrase and where it is defined, or the condition), empty when coded.</param>
internal sealed record TabariVerdict(TabariVerdictKind Kind, string Reason)
{
    /// <summary>The record is coded.</summary>
    public static TabariVerdict Coded { get; } = new(TabariVerdictKind.Coded, string.Empty);

    /// <summary>How the suite writes the verdict: "discarded", "complex", or null when coded.</summary>
    public string? Name => Kind switch
    {
        TabariVerdictKind.Discarded => DiscardedName,
        TabariVerdictKind.Complex => ComplexName,
        _ => null,
    };

    /// <summary>The name of the discard verdict (<c>{###}</c>).</summary>
    public const string DiscardedName = "discarded";

    /// <summary>The name of the complex verdict (<c>{+++}</c>).</summary>
    public const string ComplexName = "complex";
}

/// <summary>
/// The conditions of TABARI's <c>COMPLEX:</c> command (manual 8.7) under which a text is too complex to code; 0 or
/// false leaves a condition inactive. A new <c>COMPLEX:</c> command replaces all of them.
/// </summary>
internal sealed record TabariComplexity
{
    /// <summary>No condition is active (TABARI's default).</summary>
    public static TabariComplexity None { get; } = new();

    /// <summary>Diverted if the text contains this many verbs or more (<c>VERBS[n]</c>).</summary>
    public int Verbs { get; init; }

    /// <summary>Diverted if the text contains this many actors or more (<c>ACTORS[n]</c>).</summary>
    public int Actors { get; init; }

    /// <summary>Diverted if the text contains this many pronouns or more (<c>PRONOUNS[n]</c>).</summary>
    public int Pronouns { get; init; }

    /// <summary>Diverted if the text contains this many conjunctions outside compound actors or more (<c>CONJ[n]</c>).</summary>
    public int Conjunctions { get; init; }

    /// <summary>Diverted if this many comma-delimited clauses or more were removed (<c>COMMA[n]</c>).</summary>
    public int Commas { get; init; }

    /// <summary>Diverted if no verb is within this many words of the beginning, or there is no verb (<c>LATEVERB[n]</c>).</summary>
    public int LateVerb { get; init; }

    /// <summary>Diverted if no actor stands before the first verb (<c>NOACTPRIOR</c>).</summary>
    public bool NoActorPrior { get; init; }

    /// <summary>Diverted if no actor stands after the first verb (<c>NOACTAFTER</c>).</summary>
    public bool NoActorAfter { get; init; }

    /// <summary>Diverted if the text has no verb (<c>NOVERB</c>).</summary>
    public bool NoVerb { get; init; }

    /// <summary>
    /// Reads the body of a <c>COMPLEX:</c> command ("VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"). <c>NOSOURCE</c>,
    /// <c>NOTARGET</c> and <c>NOEVENT</c> depend on TABARI's own coding and are not applied; <c>EXPLAIN</c> and
    /// <c>NOSAVE</c> only change TABARI's output.
    /// </summary>
    public static TabariComplexity Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var conditions = new TabariComplexity();
        foreach (var word in body.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var open = word.IndexOf('[', StringComparison.Ordinal);
            var name = open < 0 ? word : word[..open];
            var value = open >= 0 && int.TryParse(word.AsSpan(open + 1).TrimEnd(']'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            conditions = name switch
            {
                "VERBS" => conditions with { Verbs = value },
                "ACTORS" => conditions with { Actors = value },
                "PRONOUNS" => conditions with { Pronouns = value },
                "CONJ" => conditions with { Conjunctions = value },
                "COMMA" => conditions with { Commas = value },
                "LATEVERB" => conditions with { LateVerb = value },
                "NOACTPRIOR" => conditions with { NoActorPrior = true },
                "NOACTAFTER" => conditions with { NoActorAfter = true },
                "NOVERB" => conditions with { NoVerb = true },
                _ => conditions,
            };
        }

        return conditions;
    }
}

/// <summary>
/// TABARI's screening of a record before coding (manual chapters 6 and 8.7), from the suite's own dictionaries: a phrase
/// coded <c>[###]</c> (discard) or <c>[+++]</c> (complex) in the .actors, .agents or .verbs file — a root, a verb
/// pattern, a time phrase, or an actor code in force on the record's date ("[### &lt;890101]") — decides the record;
/// then the <c>COMPLEX:</c> conditions are checked on TABARI's word classes: actors are phrases of the .actors file,
/// verbs are words of a root of the .verbs file that is not null-coded, or of its irregular forms, unless a
/// determiner (a, an, the) stands right before them, they are capitalized in mid-sentence, or the <c>&lt;NOUN&gt;</c> list names them; a conjunction between
/// two actors joins a compound and is not counted. Words follow TABARI's matching (manual 5.2.2–5.2.3): a dictionary
/// word is a stem unless it ends in '_' ('=' also forbids the regular endings -S, 'S, -ED, -ES, -EN, -ING).
/// </summary>
internal sealed class TabariScreen
{
    private static readonly string[] Endings = ["S", "'S", "ES", "ED", "EN", "ING", "D"];
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "A", "AN", "THE" };
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "AND", "BUT", "OR", "NOR" };
    private static readonly HashSet<string> PronounWords = new(StringComparer.Ordinal) { "HE", "SHE", "HIM", "HER", "IT", "THEY", "THEM", "THEIR" };

    private readonly List<Phrase> _actors = [];
    private readonly List<Phrase> _nouns = [];
    private readonly List<Phrase> _verbs = [];
    private readonly List<SpecialPhrase> _special = [];

    /// <summary>An empty screen: nothing is discarded or complex, no word is an actor or verb.</summary>
    public static TabariScreen Empty { get; } = new();

    /// <summary>How many [###] and [+++] phrases the dictionaries define.</summary>
    public int SpecialPhraseCount => _special.Count;

    /// <summary>Reads the special codes and word classes of TABARI's .actors/.agents files and its .verbs file.</summary>
    public static TabariScreen Read(IEnumerable<(string Name, string Text)> actorFiles, string verbsName, string verbsText)
    {
        ArgumentNullException.ThrowIfNull(actorFiles);
        ArgumentNullException.ThrowIfNull(verbsText);
        var screen = new TabariScreen();
        foreach (var (name, text) in actorFiles)
        {
            screen.ReadActors(name, text);
        }

        screen.ReadVerbs(verbsName, verbsText);
        return screen;
    }

    /// <summary>
    /// The verdict on a record: <paramref name="fullText"/> is checked for special phrases (TABARI finds them as soon
    /// as the words are classified, before comma clauses are set aside); <paramref name="parsedText"/>, the text without
    /// its comma-delimited clauses, for the <paramref name="complexity"/> conditions.
    /// </summary>
    /// <param name="fullText">The record's text.</param>
    /// <param name="parsedText">The text without its comma-delimited clauses.</param>
    /// <param name="date">The record's date, for date-restricted codes.</param>
    /// <param name="complexity">The <c>COMPLEX:</c> conditions in force.</param>
    /// <param name="removedCommaClauses">How many comma-delimited clauses were removed.</param>
    /// <param name="story">The earlier records of the story when pronouns are forwarded (<c>FORWARD:</c>): a pronoun before the first verb stands for an actor when one was named there.</param>
    public TabariVerdict Judge(string fullText, string parsedText, DateOnly? date, TabariComplexity complexity, int removedCommaClauses, IReadOnlyList<string>? story = null)
    {
        ArgumentNullException.ThrowIfNull(complexity);
        var words = Words(fullText, out var capitalized);
        foreach (var kind in (ReadOnlySpan<TabariVerdictKind>)[TabariVerdictKind.Discarded, TabariVerdictKind.Complex])
        {
            foreach (var special in _special)
            {
                if (special.Kind == kind && special.AppliesOn(date) && special.Find(words, capitalized) is { } at)
                {
                    var code = kind == TabariVerdictKind.Discarded ? "[###]" : "[+++]";
                    return new TabariVerdict(kind, $"'{string.Join(' ', words.Skip(at).Take(special.Shown(words, at)))}' matches {special.Describe()} coded {code} at {special.Origin}");
                }
            }
        }

        if (complexity == TabariComplexity.None)
        {
            return TabariVerdict.Coded;
        }

        var storyHasActor = story is not null && story.Any(s => Classify(Words(s, out var caps), caps).Contains(WordClass.ActorStart));
        return Complexity(Words(parsedText, out var parsedCapitalized), parsedCapitalized, complexity, removedCommaClauses, storyHasActor);
    }

    private TabariVerdict Complexity(List<string> words, List<bool> capitalized, TabariComplexity c, int removedCommaClauses, bool storyHasActor)
    {
        var classes = Classify(words, capitalized);
        var verbs = new List<int>();
        int actors = 0, pronouns = 0, conjunctions = 0;
        for (var i = 0; i < classes.Length; i++)
        {
            switch (classes[i])
            {
                case WordClass.Verb:
                    verbs.Add(i);
                    break;
                case WordClass.ActorStart:
                    actors++;
                    break;
                case WordClass.Pronoun:
                    pronouns++;
                    break;
                case WordClass.Conjunction when !JoinsActors(classes, i):
                    conjunctions++;
                    break;
            }
        }

        string? reason = null;
        if (c.Verbs > 0 && verbs.Count >= c.Verbs)
        {
            reason = $"{verbs.Count} verbs ({string.Join(", ", verbs.Select(v => words[v].ToLowerInvariant()))}), COMPLEX: VERBS[{c.Verbs}]";
        }
        else if (c.Conjunctions > 0 && conjunctions >= c.Conjunctions)
        {
            reason = $"{conjunctions} conjunctions outside compound actors, COMPLEX: CONJ[{c.Conjunctions}]";
        }
        else if (c.Actors > 0 && actors >= c.Actors)
        {
            reason = $"{actors} actors, COMPLEX: ACTORS[{c.Actors}]";
        }
        else if (c.Pronouns > 0 && pronouns >= c.Pronouns)
        {
            reason = $"{pronouns} pronouns, COMPLEX: PRONOUNS[{c.Pronouns}]";
        }
        else if (c.Commas > 0 && removedCommaClauses >= c.Commas)
        {
            reason = $"{removedCommaClauses} comma-delimited clauses, COMPLEX: COMMA[{c.Commas}]";
        }
        else if ((c.NoVerb || c.LateVerb > 0) && verbs.Count == 0)
        {
            reason = "no verb, COMPLEX: " + (c.NoVerb ? "NOVERB" : "LATEVERB");
        }
        else if (c.LateVerb > 0 && verbs[0] >= c.LateVerb)
        {
            reason = $"no verb within {c.LateVerb} words, COMPLEX: LATEVERB[{c.LateVerb}]";
        }
        else if (c.NoActorPrior && verbs.Count > 0 && !classes.AsSpan(0, verbs[0]).Contains(WordClass.ActorStart)
            && !(storyHasActor && classes.AsSpan(0, verbs[0]).Contains(WordClass.Pronoun)))
        {
            // A pronoun stands for an actor when there is one to refer to: in an earlier record of the story (FORWARD).
            reason = $"no actor before the first verb '{words[verbs[0]].ToLowerInvariant()}', COMPLEX: NOACTPRIOR";
        }
        else if (c.NoActorAfter && verbs.Count > 0 && !classes.AsSpan(verbs[0]).Contains(WordClass.ActorStart))
        {
            reason = $"no actor after the first verb '{words[verbs[0]].ToLowerInvariant()}', COMPLEX: NOACTAFTER";
        }

        return reason is null ? TabariVerdict.Coded : new TabariVerdict(TabariVerdictKind.Complex, reason);
    }

    private enum WordClass : byte
    {
        Other,
        ActorStart,
        Actor,
        Noun,
        Verb,
        Determiner,
        Conjunction,
        Pronoun,
        Comma,
    }

    // TABARI's word classes (manual 7.1): actors first (longest phrase), then nouns, then verbs; a verb right after
    // a determiner is a noun ("an attack").
    private WordClass[] Classify(List<string> words, List<bool> capitalized)
    {
        var classes = new WordClass[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word == ",")
            {
                classes[i] = WordClass.Comma;
                continue;
            }

            var actorLength = Longest(_actors, words, i);
            if (actorLength > 0)
            {
                classes[i] = WordClass.ActorStart;
                for (var k = 1; k < actorLength; k++)
                {
                    classes[i + k] = WordClass.Actor;
                }

                i += actorLength - 1;
                continue;
            }

            classes[i] = Determiners.Contains(word) ? WordClass.Determiner
                : Conjunctions.Contains(word) ? WordClass.Conjunction
                : PronounWords.Contains(word) ? WordClass.Pronoun
                : Longest(_nouns, words, i) > 0 ? WordClass.Noun
                : !capitalized[i] && Longest(_verbs, words, i) > 0 && (i == 0 || classes[i - 1] != WordClass.Determiner) ? WordClass.Verb
                : WordClass.Other;
        }

        return classes;
    }

    // "Ithilen and Dagolath": a conjunction with an actor on each side (past determiners) joins a compound (manual 7.5).
    private static bool JoinsActors(WordClass[] classes, int conjunction)
    {
        var before = conjunction - 1;
        while (before >= 0 && classes[before] == WordClass.Comma)
        {
            before--;
        }

        var after = conjunction + 1;
        while (after < classes.Length && classes[after] == WordClass.Determiner)
        {
            after++;
        }

        return before >= 0 && classes[before] is WordClass.ActorStart or WordClass.Actor
            && after < classes.Length && classes[after] == WordClass.ActorStart;
    }

    private static int Longest(List<Phrase> phrases, List<string> words, int at)
    {
        var longest = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Words.Length > longest && phrase.MatchesAt(words, at))
            {
                longest = phrase.Words.Length;
            }
        }

        return longest;
    }

    /// <summary>
    /// The text's words as TABARI reads them: upper case, split at blanks, with leading and trailing punctuation
    /// dropped, except that a comma is a word of its own (it ends a verb phrase and delimits clauses).
    /// </summary>
    internal static List<string> Words(string text) => Words(text, out _);

    // `capitalized`: per word, whether it is written with a capital where a sentence does not start (and the text is
    // not in capitals throughout), which makes a verb a noun to TABARI (manual 7.1: "verb shifted to noun by ... capitalization").
    private static List<string> Words(string text, out List<bool> capitalized)
    {
        var words = new List<string>();
        capitalized = [];
        var allCaps = !text.Any(char.IsLower);
        var sentenceStart = true;
        foreach (var raw in text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            var end = raw.Length;
            while (start < end && !char.IsLetterOrDigit(raw[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetterOrDigit(raw[end - 1]) && !(raw[end - 1] == '\'' && end >= 2 && raw[end - 2] is 's' or 'S'))
            {
                end--;
            }

            if (end > start)
            {
                words.Add(raw[start..end].ToUpperInvariant());
                capitalized.Add(!allCaps && !sentenceStart && char.IsUpper(raw[start]));
                sentenceStart = false;
            }

            if (raw.AsSpan(end).Contains(','))
            {
                words.Add(",");
                capitalized.Add(false);
            }

            if (raw.AsSpan(end).IndexOfAny('.', '!', '?') >= 0 || raw.AsSpan(end).Contains(':'))
            {
                sentenceStart = true;
            }
        }

        return words;
    }

    private void ReadActors(string name, string text)
    {
        var section = string.Empty;
        List<Phrase>? group = null;
        var codes = new List<(Interval? When, string Code)>();
        var groupLine = 0;
        var lines = text.Split('\n');
        void Close()
        {
            if (group is null)
            {
                return;
            }

            if (codes.Count > 0 && !codes.All(c => c.Code == "---"))
            {
                _actors.AddRange(group);
            }

            foreach (var (when, code) in codes)
            {
                if (code is "###" or "+++")
                {
                    foreach (var phrase in group)
                    {
                        _special.Add(new SpecialPhrase(code == "###" ? TabariVerdictKind.Discarded : TabariVerdictKind.Complex, phrase, null, [], SpecialCodeInterval(when, codes), $"{name}:{groupLine}", "the actor"));
                    }
                }
            }

            group = null;
            codes = [];
        }

        for (var n = 0; n < lines.Length; n++)
        {
            var line = StripComment(lines[n]);
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith('<'))
            {
                Close();
                section = trimmed.StartsWith("</", StringComparison.Ordinal) ? string.Empty : trimmed.Trim('<', '>').ToUpperInvariant();
                continue;
            }

            if (section is "NOUN" or "ADJECTIVE")
            {
                if (section == "NOUN")
                {
                    _nouns.Add(Phrase.Parse(trimmed, consecutive: true));
                }

                continue;
            }

            var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
            var phraseText = (bracket < 0 ? trimmed : trimmed[..bracket]).Trim();
            if (char.IsWhiteSpace(line[0]) && phraseText.Length == 0)
            {
                // A date restriction on a line of its own belongs to the phrases above (manual 5.3.1).
                ParseCodes(trimmed, codes);
                continue;
            }

            if (phraseText.StartsWith('+'))
            {
                group?.Add(Phrase.Parse(phraseText[1..], consecutive: true));
            }
            else
            {
                Close();
                group = [Phrase.Parse(phraseText, consecutive: true)];
                groupLine = n + 1;
            }

            if (bracket >= 0)
            {
                ParseCodes(trimmed[bracket..], codes);
            }
        }

        Close();
    }

    // When a special code is in force: its own restriction, or — as the undated default — whenever no dated code applies.
    private static Func<DateOnly?, bool> SpecialCodeInterval(Interval? when, List<(Interval? When, string Code)> codes)
    {
        if (when is { } own)
        {
            return date => date is { } d && own.Contains(d);
        }

        var dated = codes.Where(c => c.When is not null).Select(c => c.When!.Value).ToArray();
        return date => date is not { } d || !dated.Any(i => i.Contains(d));
    }

    private void ReadVerbs(string name, string text)
    {
        var section = string.Empty;
        Phrase? root = null;
        string? rootCode = null;
        var rootLine = 0;
        var forms = new List<Phrase>();
        var lines = text.Split('\n');
        void Close()
        {
            // A null-coded root is no verb to the complexity filter: without patterns TABARI makes it a null word
            // (manual 8.7), and with them its suite expects "On accord Freedonia repelled ..." not to be rejected for
            // the null-coded verb before the actor (COMPLEX-06).
            if (root is not null && rootCode is not "---")
            {
                _verbs.Add(root);
                _verbs.AddRange(forms);
            }

            root = null;
            forms.Clear();
        }

        for (var n = 0; n < lines.Length; n++)
        {
            var trimmed = StripComment(lines[n]).Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith('<'))
            {
                Close();
                section = trimmed.StartsWith("</", StringComparison.Ordinal) ? string.Empty : trimmed.Trim('<', '>').ToUpperInvariant();
                continue;
            }

            if (section == "SYNSETS" || trimmed.StartsWith('&') || trimmed.StartsWith('+'))
            {
                continue;
            }

            var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
            var close = bracket < 0 ? -1 : trimmed.IndexOf(']', bracket);
            var code = close < 0 ? null : trimmed[(bracket + 1)..close].Replace(" ", string.Empty, StringComparison.Ordinal);
            var body = (bracket < 0 ? trimmed : trimmed[..bracket]).Trim();
            var kind = code switch
            {
                "###" => TabariVerdictKind.Discarded,
                "+++" => TabariVerdictKind.Complex,
                _ => TabariVerdictKind.Coded,
            };
            var origin = $"{name}:{(n + 1).ToString(CultureInfo.InvariantCulture)}";
            if (section == "TIME")
            {
                // Time-shifting phrases ("KAN_WA_MA_KAN [###]", "WHEN_PEACE_COMES [+++]"); patterns of these are not read.
                if (kind != TabariVerdictKind.Coded && !body.StartsWith('-'))
                {
                    _special.Add(new SpecialPhrase(kind, Phrase.Parse(body, consecutive: false), null, [], _ => true, origin, "the time phrase"));
                }

                continue;
            }

            if (body.StartsWith('{'))
            {
                // Irregular forms of the root above: "{ BROKE_ BROKEN_ }".
                foreach (var form in body.Trim('{', '}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    forms.Add(Phrase.Parse(form, consecutive: true));
                }

                continue;
            }

            if (body.StartsWith('-'))
            {
                if (kind != TabariVerdictKind.Coded && root is not null && PatternSides(body[1..]) is { } sides)
                {
                    _special.Add(new SpecialPhrase(kind, root, sides.After, sides.Before, _ => true, origin, $"the pattern '{body}' of the verb"));
                }

                continue;
            }

            Close();
            root = Phrase.Parse(body, consecutive: false);
            rootCode = code;
            rootLine = n + 1;
            if (kind != TabariVerdictKind.Coded)
            {
                _special.Add(new SpecialPhrase(kind, root, null, [], _ => true, $"{name}:{rootLine.ToString(CultureInfo.InvariantCulture)}", "the verb"));
            }
        }

        Close();
    }

    // "* FXLL DIPLOMATIC" → words after the verb; "SAID *" → words before it (nearest first). Patterns with synonym
    // sets, alternatives or actor markers are not read for special codes.
    private static (Phrase? After, Phrase[] Before)? PatternSides(string pattern)
    {
        if (pattern.IndexOfAny(['{', '&', '$', '%', '+', '^']) >= 0)
        {
            return null;
        }

        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return null;
        }

        var after = pattern[(star + 1)..].Trim();
        var before = pattern[..star].Trim();
        return (after.Length == 0 ? null : Phrase.Parse(after, consecutive: false),
            before.Length == 0 ? [] : before.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries).Reverse().Select(w => Phrase.Parse(w, consecutive: true)).ToArray());
    }

    private static void ParseCodes(string text, List<(Interval? When, string Code)> codes)
    {
        var position = 0;
        while ((position = text.IndexOf('[', position)) >= 0)
        {
            var close = text.IndexOf(']', position);
            if (close < 0)
            {
                return;
            }

            var inner = text[(position + 1)..close].Trim();
            position = close + 1;
            var parts = inner.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            codes.Add((parts.Length == 2 ? Restriction(parts[1].Replace(" ", string.Empty, StringComparison.Ordinal)) : null, parts[0]));
        }
    }

    private static Interval? Restriction(string text)
    {
        if (text.StartsWith('<') && Date(text[1..]) is { } before)
        {
            return new Interval(DateOnly.MinValue, before.AddDays(-1));
        }

        if (text.StartsWith('>') && Date(text[1..]) is { } after)
        {
            return new Interval(after.AddDays(1), null);
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Date(text[..dash]) is { } start && Date(text[(dash + 1)..]) is { } end ? new Interval(start, end) : null;
    }

    // YYMMDD (years up to 30 are 20xx) or YYYYMMDD.
    private static DateOnly? Date(string text)
    {
        if (text.Length == 6 && text.All(char.IsAsciiDigit))
        {
            text = (int.Parse(text[..2], CultureInfo.InvariantCulture) <= 30 ? "20" : "19") + text;
        }

        return text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static string StripComment(string line)
    {
        var semicolon = line.IndexOf(';', StringComparison.Ordinal);
        return semicolon < 0 ? line : line[..semicolon];
    }

    /// <summary>One dictionary word: its letters, whether it is a stem, whether regular endings are allowed, whether it must follow the word before.</summary>
    private readonly record struct DictionaryWord(string Text, bool Stem, bool Endings, bool Adjacent)
    {
        public bool Matches(string word)
        {
            if (Stem)
            {
                return word.StartsWith(Text, StringComparison.Ordinal);
            }

            if (word == Text)
            {
                return true;
            }

            if (!Endings || !word.StartsWith(Text, StringComparison.Ordinal))
            {
                return false;
            }

            var rest = word.AsSpan(Text.Length);
            foreach (var ending in TabariScreen.Endings)
            {
                if (rest.SequenceEqual(ending))
                {
                    return true;
                }
            }

            return rest.SequenceEqual("’S");
        }
    }

    /// <summary>
    /// A dictionary phrase. In actor phrases the words follow each other; in verb phrases a word joined by '_' follows
    /// the one before, one after a blank may come later in the same clause (before a comma or conjunction, manual 5.5.3).
    /// </summary>
    private sealed class Phrase(DictionaryWord[] words)
    {
        public DictionaryWord[] Words { get; } = words;

        public static Phrase Parse(string text, bool consecutive)
        {
            var result = new List<DictionaryWord>();
            var adjacent = false;
            var current = new StringBuilder();
            void Flush(bool underscore)
            {
                if (current.Length > 0)
                {
                    var word = current.ToString();
                    var exact = underscore || word.EndsWith('=');
                    result.Add(new DictionaryWord(word.TrimEnd('='), Stem: !exact, Endings: !word.EndsWith('='), Adjacent: result.Count > 0 && (adjacent || consecutive)));
                    current.Clear();
                }

                adjacent = underscore;
            }

            foreach (var c in text.Trim().ToUpperInvariant())
            {
                if (c == '_')
                {
                    Flush(underscore: true);
                }
                else if (char.IsWhiteSpace(c))
                {
                    if (current.Length > 0)
                    {
                        Flush(underscore: false);
                    }
                }
                else
                {
                    current.Append(c);
                }
            }

            Flush(underscore: false);
            return new Phrase(result.ToArray());
        }

        // Whether the phrase starts at word `at` (further words may follow later in the clause where not adjacent).
        public bool MatchesAt(List<string> text, int at) => End(text, at) >= 0;

        // The index one past the phrase's last word when it starts at `at`; -1 when it does not match there.
        public int End(List<string> text, int at)
        {
            if (Words.Length == 0 || at >= text.Count || !Words[0].Matches(text[at]))
            {
                return -1;
            }

            var next = at + 1;
            for (var k = 1; k < Words.Length; k++)
            {
                var w = Words[k];
                if (w.Adjacent)
                {
                    if (next >= text.Count || !w.Matches(text[next]))
                    {
                        return -1;
                    }

                    next++;
                    continue;
                }

                while (next < text.Count && !IsClauseEnd(text[next]) && !w.Matches(text[next]))
                {
                    next++;
                }

                if (next >= text.Count || IsClauseEnd(text[next]))
                {
                    return -1;
                }

                next++;
            }

            return next;
        }

        // Whether the words follow at or after `from` in the same clause (the first may come later unless adjacent).
        public bool FollowsFrom(List<string> text, int from)
        {
            for (var at = from; at < text.Count && !IsClauseEnd(text[at]); at++)
            {
                if (End(text, at) >= 0)
                {
                    return true;
                }

                if (Words[0].Adjacent)
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsClauseEnd(string word) => word == "," || Conjunctions.Contains(word);
    }

    /// <summary>A phrase coded [###] or [+++]: a root (with the pattern's words after and before it) or an actor or time phrase.</summary>
    private sealed record SpecialPhrase(TabariVerdictKind Kind, Phrase Head, Phrase? After, Phrase[] Before, Func<DateOnly?, bool> AppliesOn, string Origin, string What)
    {
        // A verb root or pattern applies only where its word is a verb (not capitalized in mid-sentence).
        private bool IsVerb { get; } = What.Contains("verb", StringComparison.Ordinal);

        public int? Find(List<string> words, List<bool> capitalized)
        {
            for (var at = 0; at < words.Count; at++)
            {
                if (IsVerb && capitalized[at])
                {
                    continue;
                }

                var end = Head.End(words, at);
                if (end < 0)
                {
                    continue;
                }

                if (After is { } after && !after.FollowsFrom(words, end))
                {
                    continue;
                }

                if (!BeforeMatches(words, at))
                {
                    continue;
                }

                return at;
            }

            return null;
        }

        // The pattern's words before the verb, nearest first, each somewhere earlier in the clause.
        private bool BeforeMatches(List<string> words, int verb)
        {
            var at = verb - 1;
            foreach (var word in Before)
            {
                while (at >= 0 && words[at] != "," && !Conjunctions.Contains(words[at]) && !word.MatchesAt(words, at))
                {
                    at--;
                }

                if (at < 0 || words[at] == "," || Conjunctions.Contains(words[at]))
                {
                    return false;
                }

                at--;
            }

            return true;
        }

        public int Shown(List<string> words, int at) => Math.Max(1, Head.End(words, at) - at);

        public string Describe() => What;
    }
}
