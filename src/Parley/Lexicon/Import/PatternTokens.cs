namespace Parley.Lexicon.Import;

/// <summary>Splits the pattern text of a TABARI or PETRARCH line into tokens around the verb marker '*'.</summary>
internal static class PatternTokens
{
    /// <summary>
    /// The tokens before and after '*', each flagged when '_' joins it to the token before; null with a reason when there
    /// is not exactly one '*'. A word followed by '_' (joined to the next or ended by it) keeps one trailing '_': TABARI
    /// reads it as a whole word, and a word without it as a stem (<see cref="ImportTokens.TryBuild"/>). A TABARI
    /// "WORD~_NEXT" (a stem that must be followed directly by NEXT) loses its '~' and stays a stem.
    /// </summary>
    public static string? Split(string text, out List<(string Token, bool Joined)> before, out bool headJoined, out List<(string Token, bool Joined)> after)
    {
        before = [];
        after = [];
        headJoined = false;
        var tokens = new List<(string Token, bool Joined)>();
        foreach (var raw in text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = raw.Split('_');
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                if (part.Length == 0)
                {
                    continue;
                }

                var followedByUnderscore = p + 1 < parts.Length;
                var joined = p > 0 && parts[p - 1].Length > 0;

                // "DIDN'T", "WON'T": Parley's tokenizer splits the clitic off ("did" "n't"), so the pattern does too;
                // the host is a whole word joined to its clitic.
                if (ImportTokens.SplitClitic(part.TrimEnd('~')) is var (host, clitic))
                {
                    tokens.Add((host + "_", joined));
                    (part, joined) = (part.EndsWith('~') ? clitic + "~" : clitic, true);
                }

                if (part.EndsWith('~'))
                {
                    part = part.TrimEnd('~');
                }
                else if (followedByUnderscore && char.IsLetterOrDigit(part[^1]))
                {
                    part += "_";
                }

                tokens.Add((part, joined));
            }
        }

        var stars = tokens.Count(t => t.Token == "*");
        if (stars != 1)
        {
            return stars == 0 ? "no '*' marks where the verb stands" : "more than one '*'";
        }

        var star = tokens.FindIndex(t => t.Token == "*");
        before = tokens[..star];
        headJoined = tokens[star].Joined;
        after = tokens[(star + 1)..];
        return null;
    }

    /// <summary>Splits "WORD {FORMS} [CODE] # comment" into its parts; the code is null when the line has none.</summary>
    public static (string Head, string[] Forms, string? Code) HeadLine(string line)
    {
        var code = (string?)null;
        var open = line.IndexOf('[', StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = line.IndexOf(']', open);
            code = close > open ? line[(open + 1)..close].Trim() : line[(open + 1)..].Trim();
            line = line[..open];
        }

        var forms = Array.Empty<string>();
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var end = line.IndexOf('}', brace);
            forms = line[(brace + 1)..(end > brace ? end : line.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            line = line[..brace];
        }

        return (line.Trim(), forms, code);
    }

    /// <summary>The head word of a multi-word verb: the part marked '+' ("+ASK_FOR", "WIRE_+TAP"), or the first part.</summary>
    public static ImportedVerb? Verb(string head, string[] forms, string code, int line)
    {
        var parts = head.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var index = Array.FindIndex(parts, p => p.StartsWith('+'));
        index = index < 0 ? 0 : index;
        var words = parts.Select(p => p.TrimStart('+').TrimEnd('=').ToLowerInvariant()).ToArray();
        var headForms = forms
            .Select(f => f.Split('_', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (Array.Find(f, w => w.StartsWith('+')) ?? (f.Length > index ? f[index] : f[0])).TrimStart('+').TrimEnd('_').ToLowerInvariant())
            .Where(f => f.Length > 0 && f.All(c => char.IsLetter(c) || c is '-' or '\''))
            .ToArray();
        // How each word after the head is written: joined to the one before by '_' or by a blank, ended by '_' or '='.
        var written = new (bool Joined, bool Whole)[parts.Length - index - 1];
        var at = 0;
        for (var p = 0; p < parts.Length; p++)
        {
            at = head.IndexOf(parts[p], at, StringComparison.Ordinal);
            var end = at + parts[p].Length;
            if (p > index)
            {
                written[p - index - 1] = (at > 0 && head[at - 1] == '_', parts[p].EndsWith('=') || (end < head.Length && head[end] == '_'));
            }

            at = end;
        }

        return new ImportedVerb(words[index], words[..index], words[(index + 1)..], headForms, code, line) { AfterWritten = written };
    }
}
