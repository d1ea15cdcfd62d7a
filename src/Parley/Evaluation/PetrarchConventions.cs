using System.Globalization;
using System.Text;
using Parley.Events;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Evaluation;

/// <summary>
/// PETRARCH's conventions for its own unit-test records, as its configuration file and coder document them, applied to
/// what Parley codes from a record's text: comma-delimited clauses within the <c>comma_*</c> limits are removed before
/// coding; an event without a target is left out under <c>require_dyad</c>; without it, such an event is coded with the
/// null target <c>---</c> when its verb has a noun phrase after it that names no actor (PETRARCH takes the first uncoded
/// noun phrase of the verb phrase as target, and codes nothing when the verb phrase has none), unless the verb stands in
/// a clause embedded in the phrase of a verb coded before it (PETRARCH resumes its search after a coded verb phrase).
/// These are PETRARCH's conventions, not Parley's: Parley codes every event.
/// </summary>
internal static class PetrarchConventions
{
    /// <summary>
    /// Removes the comma-delimited clauses whose length in words (tokens starting with a letter, as PETRARCH counts them)
    /// is within <paramref name="options"/>' limits, sentence by sentence: the clause before the first comma (initial),
    /// after the last (terminal, up to the closing punctuation) and those between two commas (internal). A comma between
    /// two adjectives ("complete, full ties") or in a series ("Fornost, the awful Bree, and Gondor") delimits no clause:
    /// PETRARCH sees it inside one noun phrase.
    /// </summary>
    public static string RemoveCommaClauses(string text, PetrarchOptions options, List<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        if (!text.Contains(',', StringComparison.Ordinal) || (options.CommaMax == 0 && options.CommaBMax == 0 && options.CommaEMax == 0))
        {
            return text;
        }

        var analyzed = AnalyzedText.Analyze(text);
        var tags = PosTagger.Default.Tag(analyzed);
        var removed = new List<(int Start, int End)>();
        var commas = new List<int>();
        foreach (var sentence in analyzed.Sentences)
        {
            commas.Clear();
            for (var i = sentence.FirstToken + 1; i < sentence.EndTokenExclusive - 1; i++)
            {
                if (analyzed.TokenText(i) is "," && !(tags[i - 1].IsAdjective() && tags[i + 1].IsAdjective()))
                {
                    commas.Add(i);
                }
            }

            var end = sentence.EndTokenExclusive;
            while (end > sentence.FirstToken && tags[end - 1] is PosTag.Period or PosTag.CloseQuote)
            {
                end--;
            }

            // The commas of a series ("Mordor, the Shire, Fornost and Bree welcomed") are inside one compound noun phrase.
            for (var c = commas.Count - 1; c >= 0; c--)
            {
                if (InSeries(analyzed, tags, commas[c], sentence.FirstToken, end))
                {
                    commas.RemoveAt(c);
                }
            }

            if (commas.Count == 0)
            {
                continue;
            }

            for (var p = 0; p <= commas.Count; p++)
            {
                var first = p == 0 ? sentence.FirstToken : commas[p - 1] + 1;
                var stop = p == commas.Count ? end : commas[p];
                if (stop <= first)
                {
                    continue;
                }

                var (min, max) = p == 0 ? (options.CommaBMin, options.CommaBMax) : p == commas.Count ? (options.CommaEMin, options.CommaEMax) : (options.CommaMin, options.CommaMax);
                var words = Words(analyzed, first, stop);
                if (max == 0 || words < min || words > max)
                {
                    continue;
                }

                // The clause goes with its commas ("Freedonia, its old ally, sent" → "Freedonia sent"); the terminal one
                // leaves the closing punctuation.
                var from = p == 0 ? analyzed.Tokens[first].Start : analyzed.Tokens[commas[p - 1]].Start;
                var to = p == commas.Count ? analyzed.Tokens[stop - 1].EndExclusive : analyzed.Tokens[commas[p]].EndExclusive;
                removed.Add((from, to));
                notes?.Add(string.Create(CultureInfo.InvariantCulture, $"PETRARCH's comma_* limits: removed '{analyzed.Text[analyzed.Tokens[first].Start..analyzed.Tokens[stop - 1].EndExclusive]}' ({words} words)"));
            }
        }

        if (removed.Count == 0)
        {
            return text;
        }

        var kept = new StringBuilder(analyzed.Text.Length);
        var at = 0;
        foreach (var (start, stop) in removed)
        {
            // Two removed clauses in a row share the comma between them.
            var from = Math.Max(start, at);
            kept.Append(analyzed.Text, at, from - at);
            at = Math.Max(at, stop);
        }

        kept.Append(analyzed.Text, at, analyzed.Text.Length - at);
        return kept.ToString();
    }

    /// <summary>
    /// Whether PETRARCH, without <c>require_dyad</c>, codes the target-less <paramref name="coded"/> with the null target:
    /// its verb has a noun phrase after it in its clause (a noun or a personal pronoun; a bare time word such as "today"
    /// or "Saturday" is no noun phrase, "on Saturday" is one), and it does not stand in a clause embedded (after a
    /// subordinating word, with no comma between) in the phrase of a verb of <paramref name="events"/> before it.
    /// </summary>
    public static bool CodesWithNullTarget(AnalyzedText text, ReadOnlySpan<PosTag> tags, CodedEvent coded, IReadOnlyList<CodedEvent> events, out string reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(events);
        if (coded.SentenceIndex >= text.Sentences.Count)
        {
            reason = "its sentence is not found";
            return false;
        }

        var sentence = text.Sentences[coded.SentenceIndex];
        var verbStart = sentence.FirstToken + coded.Explanation.VerbTokens.Start;
        var verbEnd = sentence.FirstToken + coded.Explanation.VerbTokens.EndExclusive;
        foreach (var other in events)
        {
            if (other.SentenceIndex == coded.SentenceIndex
                && other.Explanation.VerbTokens.EndExclusive <= coded.Explanation.VerbTokens.Start
                && EmbeddedAfter(text, tags, sentence.FirstToken + other.Explanation.VerbTokens.EndExclusive, verbStart))
            {
                reason = $"it stands in a clause embedded in the phrase of '{other.Explanation.VerbText}'";
                return false;
            }
        }

        for (var i = verbEnd; i < sentence.EndTokenExclusive; i++)
        {
            var tag = tags[i];
            if (tag is PosTag.Comma or PosTag.Colon or PosTag.Period)
            {
                break;
            }

            if (tag == PosTag.PRP || (tag.IsNoun() && !IsBareTimeWord(text, tags, i)))
            {
                reason = $"'{text.TokenText(i)}' after the verb names no actor";
                return true;
            }
        }

        reason = "no noun phrase after the verb";
        return false;
    }

    // A subordinating word between the earlier verb and this one, with no comma or semicolon after it: "restored ties
    // almost five years after crowds burned down its embassy".
    private static bool EmbeddedAfter(AnalyzedText text, ReadOnlySpan<PosTag> tags, int from, int verbStart)
    {
        var embedded = false;
        for (var i = from; i < verbStart; i++)
        {
            if (tags[i] is PosTag.Comma or PosTag.Colon || text.TokenText(i) is "and" or "but" or "or")
            {
                embedded = false;
            }
            else if ((tags[i] is PosTag.IN or PosTag.WRB) && IsSubordinator(text.TokenText(i)))
            {
                embedded = true;
            }
        }

        return embedded;
    }

    private static bool IsSubordinator(ReadOnlySpan<char> word) =>
        word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("before", StringComparison.OrdinalIgnoreCase)
        || word.Equals("when", StringComparison.OrdinalIgnoreCase) || word.Equals("while", StringComparison.OrdinalIgnoreCase)
        || word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("because", StringComparison.OrdinalIgnoreCase)
        || word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("although", StringComparison.OrdinalIgnoreCase)
        || word.Equals("though", StringComparison.OrdinalIgnoreCase) || word.Equals("if", StringComparison.OrdinalIgnoreCase);

    // "said today", "said Saturday": a time word not governed by a preposition is an adverbial, not a noun phrase the verb
    // takes (the parser's NP-TMP, which PETRARCH does not read as a noun phrase).
    private static bool IsBareTimeWord(AnalyzedText text, ReadOnlySpan<PosTag> tags, int i) =>
        (text.TokenTraits(i) & (WordTraits.DateTrigger | WordTraits.Month | WordTraits.Weekday)) != 0
        && (i == 0 || tags[i - 1] != PosTag.IN);

    private static int Words(AnalyzedText text, int first, int stop)
    {
        var words = 0;
        for (var i = first; i < stop; i++)
        {
            if (char.IsLetter(text.TokenText(i)[0]))
            {
                words++;
            }
        }

        return words;
    }

    // A comma is in a series when the phrases after it, up to the first one with a verb, reach "and" or "or" before any
    // verb: "Mordor, the Shire, Fornost and Bree welcomed", "Evil Mordor, the awful Fornost, and good Gondor". Not when
    // the item before it is itself joined by "and" or "or" ("between Calenardhon and Gondor, and Gondor and Dagolath,"):
    // those commas join compounds, and PETRARCH's parse keeps them as clause delimiters.
    private static bool InSeries(AnalyzedText text, ReadOnlySpan<PosTag> tags, int comma, int sentenceStart, int end)
    {
        for (var i = comma - 1; i >= sentenceStart && tags[i] != PosTag.Comma && !tags[i].IsVerb() && tags[i] != PosTag.MD; i--)
        {
            if (IsAndOr(text, i))
            {
                return false;
            }
        }

        for (var i = comma + 1; i < end; i++)
        {
            if (IsAndOr(text, i))
            {
                return true;
            }

            if (tags[i].IsVerb() || tags[i] == PosTag.MD || tags[i] is PosTag.Colon)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAndOr(AnalyzedText text, int i) =>
        text.TokenText(i).Equals("and", StringComparison.OrdinalIgnoreCase) || text.TokenText(i).Equals("or", StringComparison.OrdinalIgnoreCase);
}
