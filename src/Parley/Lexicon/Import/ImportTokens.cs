using Parley.Ontology;

namespace Parley.Lexicon.Import;

/// <summary>Turns the tokens of a TABARI or PETRARCH pattern into Parley pattern elements.</summary>
internal static class ImportTokens
{
    /// <summary>
    /// A dictionary word with a clitic, split as Parley's tokenizer splits running text: "DIDN'T" → ("DID", "N'T"),
    /// "WON'T" → ("WO", "N'T"), "HE'LL" → ("HE", "'LL"); null for any other word.
    /// </summary>
    public static (string Host, string Clitic)? SplitClitic(string word)
    {
        if (word.Length >= 4 && word.EndsWith("N'T", StringComparison.OrdinalIgnoreCase))
        {
            return (word[..^3], word[^3..]);
        }

        var apostrophe = word.IndexOf('\'');
        if (apostrophe > 0 && apostrophe == word.LastIndexOf('\'') && word[(apostrophe + 1)..].ToLowerInvariant() is "s" or "re" or "ve" or "ll" or "d" or "m")
        {
            return (word[..apostrophe], word[apostrophe..]);
        }

        return null;
    }

    /// <summary>
    /// Builds the pattern of one verb from the tokens before and after '*' (each flagged when joined to the token before
    /// it by '_'); returns the reason when it cannot, null when it could. With <c>tabari</c>, TABARI's reading: a word
    /// without a trailing '_' is a stem that matches every word it begins, and any words (a gap, <c>...</c>) may stand
    /// between elements not joined by '_'; otherwise (PETRARCH) words match whole with Parley's modifier words between.
    /// With <c>priorities</c>, a code ended by '?' or '!' is TABARI's subordinate or dominant code (<see cref="EventPattern.Priority"/>).
    /// With <c>wholeWords</c> (PETRARCH-1's files, whose patterns are TABARI's but "PETRARCH only works with complete
    /// words"), a word matches whole even without a trailing '_'.
    /// </summary>
    public static string? TryBuild(LexiconSource source, string file, int line, ImportedVerb verb, IReadOnlyList<(string Token, bool Joined)> before,
        bool headJoined, IReadOnlyList<(string Token, bool Joined)> after, string codeText, Codebook codebook, IReadOnlyDictionary<string, WordClass> classes, out EventPattern? pattern,
        bool tabari = false, bool priorities = false, bool wholeWords = false)
    {
        pattern = null;

        // TABARI's subordinate "[023?]" and dominant "[031!]" codes (manual 6.6): the code, with how its events weigh
        // against the others of their sentence. Only for TABARI's own .verbs files, whose suite applies the priorities.
        var priority = EventPriority.Normal;
        var written = codeText.TrimEnd();
        if (priorities && written.Length > 1 && written[^1] is '?' or '!')
        {
            priority = written[^1] == '?' ? EventPriority.Subordinate : EventPriority.Dominant;
            codeText = written[..^1];
        }

        if (!TryCode(codeText, codebook, out var code, out var reciprocal, out var reason))
        {
            return reason;
        }

        var beforeElements = new List<PatternElement>();
        foreach (var word in verb.Before)
        {
            beforeElements.Add(new PatternElement(PatternElementKind.Word, word, null, true));
        }

        var pre = new List<PatternElement>();
        for (var i = 0; i < before.Count; i++)
        {
            // Before the head, adjacency binds an element to the one after it.
            var joinedToNext = i + 1 < before.Count ? before[i + 1].Joined : headJoined;
            var error = Element(before[i].Token, joinedToNext, classes, tabari && !wholeWords, tabari, out var element);
            if (error is not null)
            {
                return error;
            }

            if (element is { } e)
            {
                pre.Add(e);
            }
        }

        // The words of a TABARI root after its head are written as a pattern's are: a blank lets words of the clause come
        // between ("DEATH TOLL RISEN": "death toll has risen"), and a word not ended by '_' is a stem.
        var post = new List<PatternElement>();
        for (var i = 0; i < verb.After.Length; i++)
        {
            post.Add(tabari && verb.AfterWritten is { } asWritten
                ? new PatternElement(PatternElementKind.Word, verb.After[i], null, asWritten[i].Joined) { Stem = !asWritten[i].Whole }
                : new PatternElement(PatternElementKind.Word, verb.After[i], null, true));
        }

        foreach (var (token, joined) in after)
        {
            var error = Element(token, joined, classes, tabari && !wholeWords, tabari, out var element);
            if (error is not null)
            {
                return error;
            }

            if (element is { } e)
            {
                post.Add(e);
            }
        }

        if (tabari)
        {
            post = OpenGaps(post, after: true);
            pre = OpenGaps(pre, after: false);
        }

        Trim(pre, fromStart: true);
        Trim(post, fromStart: false);
        pre.AddRange(beforeElements);
        if (pre.Count(e => e.Kind == PatternElementKind.Source) + post.Count(e => e.Kind == PatternElementKind.Source) > 1
            || pre.Count(e => e.Kind == PatternElementKind.Target) + post.Count(e => e.Kind == PatternElementKind.Target) > 1
            || pre.Count(e => e.Kind == PatternElementKind.Compound) + post.Count(e => e.Kind == PatternElementKind.Compound) > 1)
        {
            return "more than one source ('$'), target ('+') or compound ('%') marker";
        }

        var text = string.Join(' ', pre.Select(e => e.ToString()).Append(verb.Lemma).Concat(post.Select(e => e.ToString())));
        pattern = new EventPattern($"{file}:{line}", EntryKind.Verb, verb.Lemma, code, reciprocal, pre, post, text)
        {
            // TABARI's "verbs" are words of any part of speech; where the pattern names words before the head, they fix its reading.
            HeadAnyPartOfSpeech = tabari && pre.Any(e => e.Kind is PatternElementKind.Word or PatternElementKind.Class),
            RankByLength = tabari,
            Priority = priority,
        };
        return null;
    }

    // TABARI lets any words of the clause stand between elements not joined by '_': a gap before each such element
    // after the head, after each such element before it.
    private static List<PatternElement> OpenGaps(List<PatternElement> elements, bool after)
    {
        var gap = new PatternElement(PatternElementKind.Gap, null, null, false);
        var result = new List<PatternElement>();
        for (var i = 0; i < elements.Count; i++)
        {
            var e = elements[i];
            if (after && !e.Adjacent && e.Kind != PatternElementKind.Gap && (result.Count == 0 || result[^1].Kind != PatternElementKind.Gap))
            {
                result.Add(gap);
            }

            result.Add(e);
            if (!after && !e.Adjacent && e.Kind != PatternElementKind.Gap && (i + 1 == elements.Count || elements[i + 1].Kind != PatternElementKind.Gap))
            {
                result.Add(gap);
            }
        }

        return result;
    }

    private static void Trim(List<PatternElement> elements, bool fromStart)
    {
        // A gap at the outer end of a pattern matches nothing ("(IN ^)" at the end): drop it.
        while (elements.Count > 0 && elements[fromStart ? 0 : ^1].Kind == PatternElementKind.Gap)
        {
            elements.RemoveAt(fromStart ? 0 : elements.Count - 1);
        }
    }

    private static string? Element(string token, bool joined, IReadOnlyDictionary<string, WordClass> classes, bool stems, bool actorSkips, out PatternElement? element)
    {
        element = null;
        switch (token)
        {
            case "$":
                element = new PatternElement(PatternElementKind.Source, null, null, joined);
                return null;
            case "+":
                element = new PatternElement(PatternElementKind.Target, null, null, joined);
                return null;
            case "^":
                // TABARI: an actor stepped over; PETRARCH: a gap.
                element = actorSkips
                    ? new PatternElement(PatternElementKind.Actor, null, null, joined)
                    : new PatternElement(PatternElementKind.Gap, null, null, false);
                return null;
            case "%":
                element = new PatternElement(PatternElementKind.Compound, null, null, joined);
                return null;
        }

        if (token.StartsWith('&'))
        {
            var name = ClassName(token);
            if (!classes.TryGetValue(name, out var wordClass))
            {
                return $"synonym set {token} is not defined before the pattern";
            }

            element = new PatternElement(PatternElementKind.Class, null, wordClass, joined);
            return null;
        }

        var whole = token.EndsWith('_');
        var word = token.TrimEnd('_').ToLowerInvariant();
        if (word.Length == 0 || !word.Any(char.IsLetterOrDigit))
        {
            return $"'{token}' is not a word";
        }

        element = new PatternElement(PatternElementKind.Word, word, null, joined) { Stem = stems && !whole };
        return null;
    }

    /// <summary>"&amp;CEASEFIRE" → "$CEASEFIRE" ("&amp;AUXVERB1_" → "$AUXVERB1").</summary>
    public static string ClassName(string token) => "$" + token.TrimStart('&').TrimEnd('_').ToUpperInvariant();

    /// <summary>Parses "042", "042:043", ":110", "---", reporting why not when it cannot.</summary>
    public static bool TryCode(string text, Codebook codebook, out CameoCodeInfo? code, out CameoCodeInfo? reciprocal, out string? reason)
    {
        code = null;
        reciprocal = null;
        reason = null;
        var trimmed = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        switch (trimmed)
        {
            case "###":
                reason = "discard code [###] (drop the whole story) is not an event code";
                return false;
            case "+++":
                reason = "complex code [+++] (story too complex to code) is not an event code";
                return false;
            case "***":
                reason = "code [***] is not an event code";
                return false;
        }

        if (trimmed.EndsWith('!'))
        {
            reason = $"code [{text}] has a '!' suffix, which only TABARI's dictionaries give a meaning (a dominant code)";
            return false;
        }

        if (PatternFile.TryParseCode(trimmed, codebook, out code, out reciprocal, out var error))
        {
            return true;
        }

        reason = error.StartsWith("references", StringComparison.Ordinal) ? $"code [{text}] is not in the CAMEO codebook" : $"'[{text}]' is not a code";
        return false;
    }
}
