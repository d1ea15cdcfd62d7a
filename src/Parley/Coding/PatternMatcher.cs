using Parley.Lexicon;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Matches one pattern around a head token: the elements after the head left to right, those before it right to left.
/// Between elements not joined by '_' up to <see cref="PatternElement.MaxModifierWords"/> modifier words may stand;
/// "..." skips up to <see cref="PatternElement.MaxGapWords"/> words. Slots take a whole actor mention. Backtracking
/// is bounded by the pattern's length; nothing is allocated.
/// </summary>
internal static class PatternMatcher
{
    // Words that are never skipped as modifiers: they carry the structure a pattern relies on.
    // Tested on tokens as token traits (WordTraits: one lookup per token in AnalyzedText.Analyze, not one per attempt).
    internal static readonly string[] StructuralWords =
    [
        "of", "on", "in", "at", "to", "for", "with", "by", "from", "against", "about", "over", "into", "onto", "between", "among",
        "across", "through", "under", "after", "before", "during", "without", "within", "toward", "towards", "upon", "off", "out", "alongside", "beside",
        "up", "down", "and", "or", "but", "nor", "while", "as", "if", "because", "that", "which", "who", "whom", "whose", "when",
        "where", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "do", "does", "did", "not", "n't", "said", "says", "say", "it", "they", "them", "he", "she", "we",
        "i", "you", "him", "us", "'s",
    ];

    internal static readonly string[] AuxiliaryWords = ["has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "'s", "'ve", "'re"];

    internal static readonly string[] ArticleWords = ["the", "a", "an"];

    public static bool TryMatch(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int head, EventPattern pattern, bool skipObjectSlot, out PatternMatch match)
    {
        var state = new Scan(text, sentence.FirstToken, sentence.EndTokenExclusive, mentions, pattern);
        var firstAfter = skipObjectSlot && pattern.After.Count > 0 && pattern.After[0].Kind == PatternElementKind.Target ? 1 : 0;
        var matched = state.After(firstAfter, head + 1, out var end);

        // "Israel was accused by Amnesty of genocide", "Kenya was urged by the AU to withdraw": in the passive the agent
        // after "by" stands where the active's object stood, before the rest of the pattern (it is the source, found later).
        if (!matched && firstAfter == 1 && pattern.After.Count > 1 && AgentRightAfter(text, sentence, mentions, head) is var agentEnd and > 0)
        {
            state = new Scan(text, sentence.FirstToken, sentence.EndTokenExclusive, mentions, pattern);
            matched = state.After(firstAfter, agentEnd, out end);
        }

        // "A Russian diplomat was expelled by Estonia", "UN peacekeepers were expelled": in the passive the subject is
        // what the active's object was, so the pattern's object word ("expel $DIPLOMATS") may be the subject's head noun,
        // the last word before the verb's auxiliaries (the subject stays the target, found as for every passive).
        if (!matched && skipObjectSlot && pattern.Kind == EntryKind.Verb && pattern.After.Count > 0
            && pattern.After[0].Kind is PatternElementKind.Word or PatternElementKind.Class
            && SubjectHeadBefore(text, sentence, head) is var subjectHead and >= 0 && state.EndsAt(pattern.After[0], subjectHead))
        {
            state = new Scan(text, sentence.FirstToken, sentence.EndTokenExclusive, mentions, pattern);
            matched = state.After(1, head + 1, out end)
                || (AgentRightAfter(text, sentence, mentions, head) is var byEnd and > 0 && state.After(1, byEnd, out end));
        }

        if (matched
            && (state.Before(pattern.Before.Count - 1, head - 1, out var start) || BeforeAuxiliaries(text, sentence, pattern, head, ref state, out start)))
        {
            match = new PatternMatch(start, end, state.Source, state.Target, state.Skipped, state.Compound, state.GapActor, state.Letters) { SteppedOver = state.SteppedOver };
            return true;
        }

        match = default;
        return false;
    }

    // "death toll has risen", "Israel and Jordan have been meeting": the auxiliaries of a verb head stand between it
    // and the words a pattern names before it (not modals or "not": those say what did not or may happen).
    private static bool BeforeAuxiliaries(AnalyzedText text, SentenceSpan sentence, EventPattern pattern, int head, ref Scan state, out int start)
    {
        start = head;
        if (pattern.Kind != EntryKind.Verb || pattern.Before.Count == 0 || pattern.Before[^1].Adjacent)
        {
            return false;
        }

        var aux = 0;
        while (aux < 2 && head - aux - 1 >= sentence.FirstToken && text.Is(head - aux - 1, WordTraits.Auxiliary))
        {
            aux++;
        }

        if (aux == 0)
        {
            return false;
        }

        state.Skipped += aux;
        if (state.Before(pattern.Before.Count - 1, head - aux - 1, out start))
        {
            return true;
        }

        state.Skipped -= aux;
        return false;
    }

    private static bool IsSkippable(AnalyzedText text, List<ActorMention> mentions, int token)
    {
        var data = text.Tokens[token];
        if (data.Kind is not (TokenKind.Word or TokenKind.Number) || InMention(mentions, token))
        {
            return false;
        }

        var word = text.TokenText(token);

        // "called on Tuesday for talks", "threatened on March 3 to leave": the "on" of a date is no structure of the
        // pattern, so the date may stand between the verb and its complement like any other modifier.
        return !text.Is(token, WordTraits.Structural)
            || word.Equals("on", StringComparison.OrdinalIgnoreCase) && token + 1 < text.Tokens.Count && Parley.Events.DateFinder.IsMonthOrWeekday(text.TokenText(token + 1));
    }

    // The first mention that starts within [from, end): an actor a gap steps over.
    private static ActorMention? MentionStartingIn(List<ActorMention> mentions, int from, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.Start < end)
            {
                return mention;
            }
        }

        return null;
    }

    // The last word of a passive verb's subject: the word before its auxiliaries ("diplomat" in "the diplomat was
    // expelled"), or -1 when that is no word or no auxiliary stands between. A reduced relative ("the demonstration
    // staged by students") has none: its noun may be an event of its own, which the participle only qualifies.
    private static int SubjectHeadBefore(AnalyzedText text, SentenceSpan sentence, int head)
    {
        var pos = head - 1;
        while (pos >= sentence.FirstToken && pos > head - 4 && text.Is(pos, WordTraits.Auxiliary))
        {
            pos--;
        }

        return pos < head - 1 && pos >= sentence.FirstToken && text.Tokens[pos].Kind == TokenKind.Word ? pos : -1;
    }

    // The end of "by ACTOR" right after a passive head, or 0 when no actor follows "by" there.
    private static int AgentRightAfter(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int head)
    {
        if (head + 2 >= sentence.EndTokenExclusive || !text.TokenText(head + 1).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        foreach (var mention in mentions)
        {
            if (mention.Start == head + 2 || (mention.Start == head + 3 && text.Is(head + 2, WordTraits.Article)))
            {
                return mention.EndExclusive;
            }
        }

        return 0;
    }

    private static bool InMention(List<ActorMention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (token >= mention.Start && token < mention.EndExclusive)
            {
                return true;
            }
        }

        return false;
    }

    private ref struct Scan(AnalyzedText text, int first, int end, List<ActorMention> mentions, EventPattern pattern)
    {
        public ActorMention? Source;
        public ActorMention? Target;
        public ActorMention? Compound;
        public ActorMention? GapActor;
        public ActorMention? SteppedOver;
        public int Skipped;

        // The letters and digits of the pattern's words and matched class members, counted only for patterns that rank by length.
        public int Letters;

        // Matches pattern.After[k..] from token pos; on success, 'matchEnd' is one past the last token matched.
        public bool After(int k, int pos, out int matchEnd)
        {
            matchEnd = pos;
            if (k == pattern.After.Count)
            {
                return true;
            }

            var element = pattern.After[k];
            if (element.Kind == PatternElementKind.Gap)
            {
                for (var g = 0; g <= PatternElement.MaxGapWords && pos + g < end; g++)
                {
                    if (g > 0 && StopsGap(pos + g - 1))
                    {
                        break;
                    }

                    Skipped += g;
                    var gapActor = GapActor;
                    GapActor ??= MentionStartingIn(mentions, pos, pos + g);
                    if (After(k + 1, pos + g, out matchEnd))
                    {
                        return true;
                    }

                    GapActor = gapActor;
                    Skipped -= g;
                }

                return false;
            }

            var maxSkip = element.Adjacent ? 0 : PatternElement.MaxModifierWords;
            for (var s = 0; s <= maxSkip && pos + s < end; s++)
            {
                if (s > 0 && !IsSkippable(text, mentions, pos + s - 1))
                {
                    break;
                }

                var (source, target, compound, letters) = (Source, Target, Compound, Letters);
                Skipped += s;
                if (ElementForward(element, pos + s, out var next) && After(k + 1, next, out matchEnd))
                {
                    return true;
                }

                Skipped -= s;
                (Source, Target, Compound, Letters) = (source, target, compound, letters);

                // "summoned the British ambassador", "attacked the Turkish embassy": the pattern's word ("summon
                // ambassador") is the head noun that ends an actor's name; the rest of the name stands where modifiers
                // would, and the actor is what the pattern acts on, as an actor a gap steps over is. Only after a verb,
                // whose words after it are its object: after a noun the name may be the agent ("the withdrawal of
                // Russian troops", `withdrawal of SOURCE`).
                // So also after the "of" of a noun that names what it acts on there ("the expulsion of the Venezuelan
                // diplomat": `expulsion of $DIPLOMATS`).
                if ((pattern.Kind == EntryKind.Verb || (pattern.OfNamesTarget && k > 0 && pattern.After[k - 1] is { Kind: PatternElementKind.Word, Word: "of" }))
                    && element.Kind is PatternElementKind.Word or PatternElementKind.Class && NameEndingWith(element, pos + s, out var named, out var afterName))
                {
                    var gapActor = GapActor;
                    GapActor ??= named;
                    // The name's own words are no words stepped over, and the pattern's word found in it fits closer
                    // than a bare slot over the same name: "summon ambassador" (114) over "summon TARGET" (100).
                    Skipped += s - 1;
                    if (After(k + 1, afterName, out matchEnd))
                    {
                        return true;
                    }

                    Skipped -= s - 1;
                    GapActor = gapActor;
                    (Source, Target, Compound, Letters) = (source, target, compound, letters);
                }
            }

            return false;
        }

        // Whether a word or class element ends at token pos (the element read right to left from there).
        public bool EndsAt(PatternElement element, int pos) => ElementBackward(element, pos, out _);

        // An actor mention of two or more words that starts at pos and whose last word the element matches.
        private bool NameEndingWith(PatternElement element, int pos, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ActorMention? named, out int next)
        {
            next = pos;
            var letters = Letters;
            foreach (var mention in mentions)
            {
                if (mention.Start == pos && mention.EndExclusive - mention.Start > 1
                    && ElementForward(element, mention.EndExclusive - 1, out next) && next == mention.EndExclusive)
                {
                    named = mention;
                    return true;
                }

                Letters = letters;
            }

            named = null;
            return false;
        }

        // Matches pattern.Before[..(k+1)] right to left, the element k ending at token pos or a few modifiers before it.
        public bool Before(int k, int pos, out int matchStart)
        {
            matchStart = pos + 1;
            if (k < 0)
            {
                return true;
            }

            var element = pattern.Before[k];
            if (element.Kind == PatternElementKind.Gap)
            {
                for (var g = 0; g <= PatternElement.MaxGapWords && pos - g >= first; g++)
                {
                    if (g > 0 && StopsGap(pos - g + 1))
                    {
                        break;
                    }

                    Skipped += g;
                    if (Before(k - 1, pos - g, out matchStart))
                    {
                        return true;
                    }

                    Skipped -= g;
                }

                return false;
            }

            var maxSkip = element.Adjacent ? 0 : PatternElement.MaxModifierWords;
            for (var s = 0; s <= maxSkip && pos - s >= first; s++)
            {
                if (s > 0 && !IsSkippable(text, mentions, pos - s + 1))
                {
                    break;
                }

                var (source, target, compound, letters) = (Source, Target, Compound, Letters);
                Skipped += s;
                if (ElementBackward(element, pos - s, out var next) && Before(k - 1, next, out matchStart))
                {
                    return true;
                }

                Skipped -= s;
                (Source, Target, Compound, Letters) = (source, target, compound, letters);
            }

            return false;
        }

        private bool ElementForward(PatternElement element, int pos, out int next)
        {
            next = pos;
            switch (element.Kind)
            {
                case PatternElementKind.Word:
                    next = pos + 1;
                    if (IsSuspendedPrefix(element, pos))
                    {
                        next = pos + 2;
                        return CountLetters(element.Word);
                    }

                    return element.MatchesWord(text.TokenText(pos)) && CountLetters(element.Word);
                case PatternElementKind.Class:
                    foreach (var member in element.Class!.StartingWith(text.TokenText(pos)))
                    {
                        if (MemberAt(member, pos, out next))
                        {
                            return CountLetters(member);
                        }
                    }

                    foreach (var member in element.Class!.StemLed)
                    {
                        if (MemberAt(member, pos, out next))
                        {
                            return CountLetters(member);
                        }
                    }

                    return false;
                case PatternElementKind.Compound:
                    for (var m = 0; m < mentions.Count; m++)
                    {
                        if (mentions[m].Start == pos && ListEnd(m) is var last and >= 0)
                        {
                            Compound = mentions[m];
                            next = mentions[last].EndExclusive;
                            return true;
                        }
                    }

                    return false;
                case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Actor:
                    foreach (var mention in mentions)
                    {
                        if (mention.Start == pos || (mention.Start == pos - 1 && text.Is(pos - 1, WordTraits.Article)))
                        {
                            next = mention.EndExclusive;
                            return Fill(element.Kind, mention);
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        private bool ElementBackward(PatternElement element, int pos, out int next)
        {
            next = pos;
            switch (element.Kind)
            {
                case PatternElementKind.Word:
                    next = pos - 1;
                    if (pos - 1 >= first && IsSuspendedPrefix(element, pos - 1))
                    {
                        next = pos - 2;
                        return CountLetters(element.Word);
                    }

                    return element.MatchesWord(text.TokenText(pos)) && CountLetters(element.Word);
                case PatternElementKind.Class:
                    foreach (var member in element.Class!.Members)
                    {
                        // A member with gaps ends here from one of a few starts; others have one start.
                        var gaps = WordClass.HasGap(member) ? PatternElement.MaxModifierWords : 0;
                        for (var start = pos - member.Length + 1; start >= first && start >= pos - member.Length + 1 - gaps; start--)
                        {
                            if (MemberAt(member, start, out var memberEnd) && memberEnd == pos + 1)
                            {
                                next = start - 1;
                                return CountLetters(member);
                            }
                        }
                    }

                    return false;
                case PatternElementKind.Compound:
                    for (var m = 0; m < mentions.Count; m++)
                    {
                        if (mentions[m].EndExclusive == pos + 1 && ListStart(m) is var first and >= 0)
                        {
                            Compound = mentions[m];
                            next = mentions[first].Start - 1;
                            return true;
                        }
                    }

                    return false;
                case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Actor:
                    foreach (var mention in mentions)
                    {
                        if (mention.EndExclusive == pos + 1)
                        {
                            next = mention.Start - 1;
                            return Fill(element.Kind, mention);
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        // A pattern word that ends in a hyphen ("anti-", TABARI's "ANTI- + *") matches the prefix written apart from its
        // word, which the tokenizer splits from its hyphen: "an anti- Gondor parade". TABARI reads the hyphen as a blank.
        private readonly bool IsSuspendedPrefix(PatternElement element, int pos) =>
            element.Word is { Length: > 1 } word && word[^1] == '-' && pos + 1 < end
            && text.TokenText(pos).Equals(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase)
            && text.TokenText(pos + 1) is "-";

        // Punctuation ends a gap. TABARI reads a hyphen in the text as a blank (its manual, 7.3), so for the patterns of
        // its .verbs files (read as TABARI reads them, EventPattern.HeadReadByPosition) a hyphen standing apart ("an
        // anti- Gondor parade") is no punctuation. Nor is, for any pattern, a hyphen that ends a word and stands before a
        // blank (a suspended prefix: "anti- Gondor", which a parser reads as one adjective).
        private readonly bool StopsGap(int token) =>
            text.Tokens[token].Kind == TokenKind.Punctuation && !(text.TokenText(token) is "-" && (pattern.HeadReadByPosition || IsSuspendedHyphen(token)));

        private readonly bool IsSuspendedHyphen(int token) =>
            token > 0 && token + 1 < text.Tokens.Count
            && text.Tokens[token - 1].EndExclusive == text.Tokens[token].Start && text.Tokens[token - 1].Kind == TokenKind.Word
            && text.Tokens[token + 1].Start > text.Tokens[token].EndExclusive;

        // Adds a matched word's letters to the match's length (TABARI's precedence); always true, so it chains after a test.
        private bool CountLetters(string? word)
        {
            if (pattern.RankByLength)
            {
                Letters += EventPattern.LetterCount(word);
            }

            return true;
        }

        private bool CountLetters(string[] member)
        {
            if (pattern.RankByLength)
            {
                foreach (var word in member)
                {
                    Letters += EventPattern.LetterCount(word);
                }
            }

            return true;
        }

        private bool Fill(PatternElementKind slot, ActorMention mention)
        {
            if (slot == PatternElementKind.Source)
            {
                Source = mention;
            }
            else if (slot == PatternElementKind.Target)
            {
                Target = mention;
            }
            else if (slot == PatternElementKind.Actor)
            {
                SteppedOver = mention;
            }

            return true;
        }

        // The last mention of the list that mentions[m] begins, or -1 when it begins none: a compound needs "and" or "or".
        private readonly int ListEnd(int m)
        {
            var last = m;
            var conjunction = false;
            while (last + 1 < mentions.Count && ListJoin(mentions[last].EndExclusive, mentions[last + 1].Start, ref conjunction))
            {
                last++;
            }

            return conjunction ? last : -1;
        }

        // The first mention of the list that mentions[m] ends, or -1 when it ends none.
        private readonly int ListStart(int m)
        {
            var first = m;
            var conjunction = false;
            while (first > 0 && ListJoin(mentions[first - 1].EndExclusive, mentions[first].Start, ref conjunction))
            {
                first--;
            }

            return conjunction ? first : -1;
        }

        // Between two items of a list: ",", "and", "or" or ", and".
        private readonly bool ListJoin(int from, int to, ref bool conjunction)
        {
            for (var i = from; i < to; i++)
            {
                var word = text.TokenText(i);
                if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase))
                {
                    conjunction = true;
                }
                else if (word is not ",")
                {
                    return false;
                }
            }

            return to > from && to - from <= 2;
        }

        // A class member at token start: its words in order, up to MaxModifierWords words of the clause where the member
        // has a gap ("..." between words TABARI's synset wrote apart: "+&TIETYPES ASSURANCES", "cultural new assurances").
        private readonly bool MemberAt(string[] member, int start, out int next)
        {
            next = start;
            var pos = start;
            for (var w = 0; w < member.Length; w++)
            {
                if (member[w] == WordClass.Gap)
                {
                    w++;
                    var found = false;
                    for (var s = 0; s <= PatternElement.MaxModifierWords && pos + s < end; s++)
                    {
                        if (s > 0 && text.Tokens[pos + s - 1].Kind is not (TokenKind.Word or TokenKind.Number))
                        {
                            break;
                        }

                        if (WordClass.WordMatches(text.TokenText(pos + s), member[w]))
                        {
                            pos += s + 1;
                            found = true;
                            break;
                        }
                    }

                    if (!found)
                    {
                        return false;
                    }

                    continue;
                }

                if (pos >= end || !WordClass.WordMatches(text.TokenText(pos), member[w]))
                {
                    return false;
                }

                pos++;
            }

            next = pos;
            return true;
        }
    }
}
