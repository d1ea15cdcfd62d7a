using System.Globalization;
using System.Text;
using Parley.Events;
using Parley.Lexicon;
using Parley.Text;

namespace Parley.Evaluation;

/// <summary>
/// Codes a TABARI validation record under the record's <see cref="TabariOptions"/>, as TABARI's manual documents them:
/// a text shorter than <c>MINIMUM WORDS</c> is not coded; comma-delimited phrases within the <c>COMMA:</c> limits are
/// removed before coding; with <c>FORWARD:</c> the earlier sentences of the same story are coded before the record, so
/// that a pronoun opening it refers back; and of the events found, <c>CODE BY CLAUSE</c> keeps those of the first coded
/// verb in each clause between the conjunctions "and", "but", "or", "nor", <c>CODE BY SENTENCE</c> those of the first
/// coded verb of the sentence. An event without a target is not coded, or is given the <c>DEFAULT:</c> target. These are TABARI's conventions for its own suite, not Parley's: Parley codes every event.
/// </summary>
internal static class TabariConventions
{
    /// <summary>Codes <paramref name="document"/> (one record) under <paramref name="options"/>; <paramref name="story"/> holds the texts of the story's earlier records, oldest first, when pronouns are forwarded.</summary>
    public static SuiteCoding Code(DocumentCoder coder, SourceDocument document, TabariOptions options, IReadOnlyList<string> story, TabariScreen? screen = null)
    {
        ArgumentNullException.ThrowIfNull(coder);
        var notes = new List<string>();
        var words = CountWords(document.Text);
        if (words < options.MinimumWords)
        {
            return new SuiteCoding(new DocumentResult(document, 0, [], string.Create(CultureInfo.InvariantCulture,
                $"{words} word(s), fewer than TABARI's SET: MINIMUM WORDS = {options.MinimumWords}")), notes);
        }

        var text = options.Comma is { } limits ? RemoveCommaPhrases(document.Text, limits, notes, coder.Actors) : document.Text;
        var verdict = (screen ?? TabariScreen.Empty).Judge(document.Text, text, document.PublicationDate, options.Complex, notes.Count, story, options.ConvertAgents);
        if (verdict.Name is { } name)
        {
            return new SuiteCoding(new DocumentResult(document, 0, [], $"TABARI: {name}: {verdict.Reason}"), notes, name, verdict.Reason);
        }

        var contextSentences = 0;
        if (story.Count > 0)
        {
            var context = string.Join(' ', story);
            contextSentences = AnalyzedText.Analyze(context).Sentences.Count;
            text = context + " " + text;
            notes.Add($"TABARI's FORWARD: coded after the {story.Count} earlier record(s) of its story");
        }

        var result = coder.Code(document with { Text = text });
        if (result.SkipReason is not null)
        {
            return new SuiteCoding(result, notes);
        }

        var events = new List<CodedEvent>(result.Events.Count);
        foreach (var e in result.Events)
        {
            if (e.SentenceIndex < contextSentences)
            {
                continue;
            }

            if (e.Target is not null)
            {
                events.Add(e);
            }
            else if (options.DefaultTarget is { } code)
            {
                events.Add(e with { Target = new EventActor(code, null, null, null, code, string.Empty) });
                notes.Add($"TABARI's DEFAULT: target {code} for '{e.Explanation.VerbText}', which has none");
            }
            else
            {
                notes.Add($"TABARI codes no event without a target (no DEFAULT: TARGET): '{e.Explanation.VerbText}'");
            }
        }

        if (events.Count > 1)
        {
            events = ByPriority(events, coder.Patterns, notes);
        }

        if (options.CodeBy != TabariCodeBy.All && events.Count > 0)
        {
            events = FirstPerClause(AnalyzedText.Analyze(text), events, options.CodeBy, notes, coder.Actors);
        }

        return new SuiteCoding(result with { Events = events }, notes);
    }

    /// <summary>Words of a text as TABARI counts them for <c>MINIMUM WORDS</c>: words, with each comma counted as one.</summary>
    internal static int CountWords(string text)
    {
        var count = 0;
        foreach (var word in text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(char.IsLetterOrDigit))
            {
                count++;
            }

            count += word.Count(c => c == ',');
        }

        return count;
    }

    /// <summary>
    /// Removes the comma-delimited phrases whose word count is within <paramref name="limits"/> (manual 8.6). Phrases are
    /// chained: each runs from one comma (or the start) to the next comma (or the end of the text).
    /// </summary>
    internal static string RemoveCommaPhrases(string text, TabariCommaLimits limits, List<string>? notes = null, ActorDictionary? actors = null)
    {
        // A comma delimits a phrase when a space follows it ("1,000" is a number), and when it stands in no list of actors
        // (manual 7.8: "nor do commas inside lists of actors that were converted into parsed compounds").
        var inList = actors is null ? null : CommasOfActorLists(text, actors);
        var commas = new List<int>();
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == ',' && char.IsWhiteSpace(text[i + 1]) && inList?.Contains(i) != true)
            {
                commas.Add(i);
            }
        }

        if (commas.Count == 0)
        {
            return text;
        }

        var end = text.TrimEnd().Length;
        while (end > 0 && text[end - 1] is '.' or '!' or '?' or '"' or '\'')
        {
            end--;
        }

        var removed = new List<(int Start, int End)>();
        for (var p = 0; p <= commas.Count; p++)
        {
            var start = p == 0 ? 0 : commas[p - 1] + 1;
            var stop = p == commas.Count ? end : commas[p];
            if (stop <= start)
            {
                continue;
            }

            // "Freedonia, the envoy of Sylvania, and Ruritania": commas inside a series are not evaluated (manual 8.6): neither
            // an item followed by ", and" / ", or" nor the last item, which starts with the conjunction.
            if ((p < commas.Count && StartsWithConjunction(text.AsSpan(commas[p] + 1))) || (p > 0 && StartsWithConjunction(text.AsSpan(start))))
            {
                continue;
            }

            var words = CountWords(text[start..stop]);
            var (min, max) = p == 0 ? (limits.BMin, limits.BMax) : p == commas.Count ? (limits.EMin, limits.EMax) : (limits.Min, limits.Max);
            if (words >= min && words <= max)
            {
                // The phrase goes with its commas ("Freedonia, its old ally, sent" → "Freedonia sent"); the last keeps
                // the sentence's closing punctuation.
                removed.Add(p == 0 ? (0, commas[0] + 1) : (commas[p - 1], p == commas.Count ? stop : commas[p] + 1));
            }
        }

        if (removed.Count == 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (phraseStart, stop) in removed)
        {
            notes?.Add($"TABARI's COMMA: removed '{text[phraseStart..stop].Trim(',', ' ')}'");

            // Two removed phrases in a row share the comma between them.
            var start = Math.Max(phraseStart, at);
            kept.Append(text, at, start - at);
            at = stop;
        }

        kept.Append(text, at, text.Length - at);
        return kept.ToString();
    }

    // The character positions of the commas between two actors of a list (an actor phrase right before the comma, one
    // right after it past articles and listed adjectives): "Arnor and Dagolath, Mordor and Elrond".
    private static HashSet<int> CommasOfActorLists(string text, ActorDictionary actors)
    {
        var positions = new HashSet<int>();
        var analyzed = AnalyzedText.Analyze(text);
        if (!string.Equals(analyzed.Text, text, StringComparison.Ordinal))
        {
            return positions;
        }

        foreach (var sentence in analyzed.Sentences)
        {
            for (var t = sentence.FirstToken + 1; t < sentence.EndTokenExclusive - 1; t++)
            {
                if (analyzed.TokenText(t) is "," && JoinsCompoundActor(analyzed, sentence, t, actors) && ListGoesOn(analyzed, sentence, t, actors))
                {
                    positions.Add(analyzed.Tokens[t].Start);
                }
            }
        }

        return positions;
    }

    // A list of actors ends in "and" or "or" before its last actor (manual 7.5: "np1, np2, … AND actor-n"): from the comma
    // at `comma`, actors separated by commas, then the conjunction and an actor.
    private static bool ListGoesOn(AnalyzedText text, SentenceSpan sentence, int comma, ActorDictionary actors)
    {
        var at = comma;
        while (at < sentence.EndTokenExclusive && text.TokenText(at) is "," or "and" or "or" or "And" or "Or")
        {
            var conjunction = !(text.TokenText(at) is ",");
            if (!conjunction && at + 1 < sentence.EndTokenExclusive && text.TokenText(at + 1) is "and" or "or")
            {
                at++;
                conjunction = true;
            }

            var next = at + 1;
            while (next < sentence.EndTokenExclusive && next <= at + 3 && (text.Is(next, WordTraits.Article) || actors.IsCompoundAdjective(text.TokenText(next))))
            {
                next++;
            }

            var length = next < sentence.EndTokenExclusive ? actors.Match(text, next, sentence.EndTokenExclusive, out _) : 0;
            if (length == 0)
            {
                return false;
            }

            if (conjunction)
            {
                return true;
            }

            at = next + length;
        }

        return false;
    }

    private static bool StartsWithConjunction(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        return rest.StartsWith("and ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("or ", StringComparison.OrdinalIgnoreCase);
    }

    // TABARI's subordinate and dominant codes (manual 6.6), sentence by sentence: a sentence with an event of a dominant
    // code keeps only those; one with any event of an ordinary code drops those of subordinate codes ("Sylvania said it
    // rejected the plan" is the rejection). A dominant event is kept whatever CODE BY says, so this comes first.
    private static List<CodedEvent> ByPriority(List<CodedEvent> events, PatternLexicon patterns, List<string> notes)
    {
        var priorities = new EventPriority[events.Count];
        var any = false;
        for (var i = 0; i < events.Count; i++)
        {
            priorities[i] = patterns.PriorityOf(events[i].Explanation.PatternSource);
            any |= priorities[i] != EventPriority.Normal;
        }

        if (!any)
        {
            return events;
        }

        var kept = new List<CodedEvent>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var sentence = events[i].SentenceIndex;
            var dominant = false;
            var ordinary = false;
            for (var j = 0; j < events.Count; j++)
            {
                if (events[j].SentenceIndex == sentence)
                {
                    dominant |= priorities[j] == EventPriority.Dominant;
                    ordinary |= priorities[j] != EventPriority.Subordinate;
                }
            }

            if (dominant && priorities[i] != EventPriority.Dominant)
            {
                notes.Add($"TABARI's dominant code: not coded, the sentence has an event of a dominant code: '{events[i].Explanation.VerbText}'");
            }
            else if (ordinary && priorities[i] == EventPriority.Subordinate)
            {
                notes.Add($"TABARI's subordinate code: not coded, the sentence has another event: '{events[i].Explanation.VerbText}'");
            }
            else
            {
                kept.Add(events[i]);
            }
        }

        return kept;
    }

    // CODE BY CLAUSE: the first coded verb of each clause between coordinating conjunctions; CODE BY SENTENCE: of each
    // sentence. Every event of that verb stays (a compound source or target gives several); modality does not matter, as
    // TABARI does not tell a future or negated event from an asserted one.
    private static List<CodedEvent> FirstPerClause(AnalyzedText text, List<CodedEvent> events, TabariCodeBy codeBy, List<string> notes, ActorDictionary actors)
    {
        var first = new Dictionary<(int Sentence, int Clause), int>();
        var clauses = new (int Sentence, int Clause)[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var verb = e.Explanation.VerbTokens.Start;
            var clause = codeBy == TabariCodeBy.Sentence ? 0 : ClauseIndex(text, e.SentenceIndex, verb, actors);
            clauses[i] = (e.SentenceIndex, clause);
            if (!first.TryGetValue(clauses[i], out var earliest) || verb < earliest)
            {
                first[clauses[i]] = verb;
            }
        }

        var kept = new List<CodedEvent>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Explanation.VerbTokens.Start == first[clauses[i]])
            {
                kept.Add(events[i]);
            }
            else
            {
                notes.Add($"TABARI's CODE BY {(codeBy == TabariCodeBy.Sentence ? "SENTENCE" : "CLAUSE")}: not coded, not the first event of its {(codeBy == TabariCodeBy.Sentence ? "sentence" : "clause")}: '{events[i].Explanation.VerbText}'");
            }
        }

        return kept;
    }

    // How many of "and", "but", "or", "nor" stand before token `verb` of the sentence, those of compound actors and of
    // compound noun and adjective phrases not counted (manual 7.6: an "and" of a compound actor delimits no clause, so
    // "Gondor and Osgiliath renewed ties after a long break" is one clause; 7.5.1: "sheep and goats" divides none).
    private static int ClauseIndex(AnalyzedText text, int sentenceIndex, int verb, ActorDictionary actors)
    {
        if (sentenceIndex >= text.Sentences.Count)
        {
            return 0;
        }

        var sentence = text.Sentences[sentenceIndex];
        var clause = 0;
        for (var t = 0; t < verb && t < sentence.TokenCount; t++)
        {
            var word = text.TokenText(sentence.FirstToken + t);
            if ((word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
                || word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("nor", StringComparison.OrdinalIgnoreCase))
                && !Coding.SentenceCoder.InCompoundPhrase(actors, text, sentence.FirstToken + t)
                && !JoinsCompoundActor(text, sentence, sentence.FirstToken + t, actors))
            {
                clause++;
            }
        }

        return clause;
    }

    // A parsed compound actor (manual 7.5): an actor phrase ends right before the conjunction (or before ", and"), and
    // one begins after it, past determiners and words of the actors file's adjective list ("Fornost and the evil Gondor").
    // "But" joins no actors: "… in Ithilen but Dagolath promised aid" is two clauses.
    private static bool JoinsCompoundActor(AnalyzedText text, SentenceSpan sentence, int conjunction, ActorDictionary actors)
    {
        if (text.TokenText(conjunction).Equals("but", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = conjunction > sentence.FirstToken && text.TokenText(conjunction - 1) is "," ? conjunction - 1 : conjunction;
        var endsActor = false;
        for (var start = before - 1; start >= sentence.FirstToken && start >= before - 8 && !endsActor; start--)
        {
            endsActor = actors.Match(text, start, before, out var candidates) == before - start && candidates is not null;
        }

        if (!endsActor)
        {
            return false;
        }

        var next = conjunction + 1;
        while (next < sentence.EndTokenExclusive && next <= conjunction + 3
            && (text.Is(next, WordTraits.Article) || actors.IsCompoundAdjective(text.TokenText(next))))
        {
            next++;
        }

        return next < sentence.EndTokenExclusive && actors.Match(text, next, sentence.EndTokenExclusive, out var after) > 0 && after is not null;
    }
}
