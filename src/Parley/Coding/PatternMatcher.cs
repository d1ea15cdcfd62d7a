using System.Collections.Frozen;
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
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Structural = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "of", "on", "in", "at", "to", "for", "with", "by", "from", "against", "about", "over", "into", "onto", "between", "among",
        "across", "through", "under", "after", "before", "during", "without", "within", "toward", "towards", "upon", "off", "out",
        "up", "down", "and", "or", "but", "nor", "while", "as", "if", "because", "that", "which", "who", "whom", "whose", "when",
        "where", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "do", "does", "did", "not", "n't", "said", "says", "say", "it", "they", "them", "he", "she", "we",
        "i", "you", "him", "us", "'s")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Auxiliaries that may stand between a verb and the element just before it: "Syria and Jordan have renewed ties".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "do", "does", "did", "'s", "'ve", "'d", "'ll")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Articles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "the", "a", "an").GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryMatch(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int head, EventPattern pattern, bool skipObjectSlot, out PatternMatch match)
    {
        var state = new Scan(text, sentence.FirstToken, sentence.EndTokenExclusive, mentions, pattern);
        var firstAfter = skipObjectSlot && pattern.After.Count > 0 && pattern.After[0].Kind == PatternElementKind.Target ? 1 : 0;
        if (state.After(firstAfter, head + 1, out var end) && state.Before(pattern.Before.Count - 1, head - 1, out var start))
        {
            match = new PatternMatch(start, end, state.Source, state.Target, state.Skipped, state.GapActor);
            return true;
        }

        match = default;
        return false;
    }

    private static bool IsSkippable(AnalyzedText text, List<ActorMention> mentions, int token)
    {
        var data = text.Tokens[token];
        return data.Kind is TokenKind.Word or TokenKind.Number && !Structural.Contains(text.TokenText(token)) && !InMention(mentions, token);
    }

    // Two mentions in a list: "A and B", "A or B", "A, B", "A, and the new B" (the coder's coordination rule).
    private static bool Joined(AnalyzedText text, ActorMention left, ActorMention right) =>
        SentenceCoder.Separator(text, left, right) != SentenceCoder.ListSeparator.None;

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
        public ActorMention? GapActor;
        public int Skipped;

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
                    if (g > 0 && text.Tokens[pos + g - 1].Kind == TokenKind.Punctuation)
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

                var (source, target) = (Source, Target);
                Skipped += s;
                if (ElementForward(element, pos + s, out var next) && After(k + 1, next, out matchEnd))
                {
                    return true;
                }

                Skipped -= s;
                (Source, Target) = (source, target);
            }

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
                    if (g > 0 && text.Tokens[pos - g + 1].Kind == TokenKind.Punctuation)
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
            var nextToVerb = k == pattern.Before.Count - 1 && pattern.Kind == EntryKind.Verb;
            for (var s = 0; s <= maxSkip && pos - s >= first; s++)
            {
                if (s > 0 && !IsSkippable(text, mentions, pos - s + 1) && !(nextToVerb && Auxiliaries.Contains(text.TokenText(pos - s + 1))))
                {
                    break;
                }

                var (source, target) = (Source, Target);
                Skipped += s;
                if (ElementBackward(element, pos - s, out var next) && Before(k - 1, next, out matchStart))
                {
                    return true;
                }

                Skipped -= s;
                (Source, Target) = (source, target);
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
                    return element.MatchesWord(text.TokenText(pos));
                case PatternElementKind.Class:
                    foreach (var member in element.Class!.StartingWith(text.TokenText(pos)))
                    {
                        if (pos + member.Length <= end && WordsAt(member, pos))
                        {
                            next = pos + member.Length;
                            return true;
                        }
                    }

                    return false;
                case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Actor:
                    for (var m = 0; m < mentions.Count; m++)
                    {
                        var mention = mentions[m];
                        if (mention.Start == pos || (mention.Start == pos - 1 && Articles.Contains(text.TokenText(pos - 1))))
                        {
                            // A compound slot takes a group from its first member on: "with Gondor and Rohan".
                            if (element.Compound && !(m + 1 < mentions.Count && Joined(text, mention, mentions[m + 1])))
                            {
                                return false;
                            }

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
                    return element.MatchesWord(text.TokenText(pos));
                case PatternElementKind.Class:
                    foreach (var member in element.Class!.Members)
                    {
                        var start = pos - member.Length + 1;
                        if (start >= first && WordsAt(member, start))
                        {
                            next = start - 1;
                            return true;
                        }
                    }

                    return false;
                case PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Actor:
                    for (var m = 0; m < mentions.Count; m++)
                    {
                        var mention = mentions[m];
                        if (mention.EndExclusive == pos + 1)
                        {
                            // A compound slot takes a group up to its last member: "Gondor and Rohan met".
                            if (element.Compound && !(m > 0 && Joined(text, mentions[m - 1], mention)))
                            {
                                return false;
                            }

                            next = mention.Start - 1;
                            return Fill(element.Kind, mention);
                        }
                    }

                    return false;
                default:
                    return false;
            }
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

            return true;
        }

        private readonly bool WordsAt(string[] words, int start)
        {
            for (var w = 0; w < words.Length; w++)
            {
                if (!text.TokenText(start + w).Equals(words[w], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
