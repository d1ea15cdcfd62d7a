using System.Collections.Frozen;
using Parley.Lexicon;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// The foundation coder: finds verb patterns and fills source and target from the actors around them.
/// Source is the nearest actor before the verb in its clause (the agent after "by" in the passive),
/// target the first actor after the matched words; actors joined by "and" give one event per pair.
/// The words before the verb in its clause decide the modality (negation, modals, hopes, conditions).
/// </summary>
public sealed class SentenceCoder
{
    /// <summary>How far after the matched words a target may stand, in tokens.</summary>
    public const int MaxTargetDistance = 12;

    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am", "get", "got", "gets");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeLookup = BeForms.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ActorMentionFinder _actors;
    private readonly PatternLexicon _patterns;
    private readonly PosTagger _tagger;

    /// <summary>Creates a coder over the given dictionaries; <paramref name="tagger"/> defaults to <see cref="PosTagger.Default"/>.</summary>
    public SentenceCoder(ActorDictionary actors, PatternLexicon patterns, PosTagger? tagger = null)
    {
        _actors = new ActorMentionFinder(actors);
        _patterns = patterns;
        _tagger = tagger ?? PosTagger.Default;
    }

    /// <summary>Codes one sentence.</summary>
    public List<SentenceEvent> Code(AnalyzedText text, SentenceSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var events = new List<SentenceEvent>();
        var mentions = _actors.Find(text, sentence);
        if (mentions.Count == 0)
        {
            return events;
        }

        var tags = new PosTag[sentence.TokenCount];
        _tagger.Tag(text, sentence, tags);
        var end = sentence.EndTokenExclusive;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (InsideMention(mentions, i) || (text.Tokens[i].Has(TokenFlags.Capitalized) && i != sentence.FirstToken))
            {
                continue;
            }

            // "The attacks continued", "talks between Armenia and Azerbaijan": a word tagged as a noun starts no verb pattern.
            if (tags[i - sentence.FirstToken].IsNoun())
            {
                continue;
            }

            foreach (var candidate in _patterns.Candidates(text.TokenText(i)))
            {
                var matchEnd = MatchFollowing(text, i + 1, end, candidate.Pattern.Following);
                if (matchEnd < 0 || !FormFits(text, sentence, i, candidate.Form))
                {
                    continue;
                }

                AddEvents(text, sentence, mentions, candidate, i, matchEnd, events);
                i = matchEnd - 1;
                break;
            }
        }

        return events;
    }

    private static void AddEvents(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, PatternCandidate candidate, int verb, int matchEnd, List<SentenceEvent> events)
    {
        var rules = new List<string>();
        var clauseStart = ClauseStart(text, sentence, verb);
        var passive = (candidate.Form & VerbForm.PastParticiple) != 0 && PrecededByBe(text, clauseStart, verb);
        List<ActorMention> sources;
        List<ActorMention> targets;
        if (passive && FindAgent(text, mentions, matchEnd, sentence.EndTokenExclusive) is { } agent)
        {
            rules.Add("passive: source from 'by'");
            sources = Coordinated(text, mentions, agent);
            targets = NearestBefore(mentions, clauseStart, verb) is { } patient ? Coordinated(text, mentions, patient) : [];
        }
        else
        {
            sources = NearestBefore(mentions, clauseStart, verb) is { } subject ? Coordinated(text, mentions, subject) : [];
            targets = FirstAfter(mentions, matchEnd, sentence.EndTokenExclusive) is { } obj ? Coordinated(text, mentions, obj) : [];
        }

        if (sources.Count == 0)
        {
            return;
        }

        if (sources.Count > 1 || targets.Count > 1)
        {
            rules.Add($"coordination: {sources.Count} source(s) x {Math.Max(1, targets.Count)} target(s)");
        }

        var modality = FindModality(text, sentence, clauseStart, verb, rules);
        foreach (var source in sources)
        {
            if (targets.Count == 0)
            {
                events.Add(new SentenceEvent(candidate.Pattern, verb, matchEnd, source, null, modality, rules));
                continue;
            }

            foreach (var target in targets)
            {
                if (target.Code != source.Code)
                {
                    events.Add(new SentenceEvent(candidate.Pattern, verb, matchEnd, source, target, modality, rules));
                }
            }
        }
    }

    private static Modality FindModality(AnalyzedText text, SentenceSpan sentence, int clauseStart, int verb, List<string> rules)
    {
        for (var i = verb - 1; i >= clauseStart && i >= verb - 6; i--)
        {
            if (ModalityCues.Lookup.TryGetValue(text.TokenText(i), out var modality))
            {
                rules.Add($"modality: {modality.ToString().ToLowerInvariant()} ('{text.TokenText(i)}')");
                return modality;
            }
        }

        var last = sentence.EndTokenExclusive - 1;
        while (last > sentence.FirstToken && text.TokenText(last) is "\"" or "'" or ")")
        {
            last--;
        }

        if (text.TokenText(last) is "?")
        {
            rules.Add("modality: hypothetical (question)");
            return Modality.Hypothetical;
        }

        return Modality.Asserted;
    }

    // A clause starts after ';', ':' or a comma followed by a conjunction-like break; kept simple: ';' and ':'.
    private static int ClauseStart(AnalyzedText text, SentenceSpan sentence, int verb)
    {
        for (var i = verb - 1; i > sentence.FirstToken; i--)
        {
            if (text.TokenText(i) is ";" or ":")
            {
                return i + 1;
            }
        }

        return sentence.FirstToken;
    }

    private static bool FormFits(AnalyzedText text, SentenceSpan sentence, int verb, VerbForm form)
    {
        if ((form & (VerbForm.ThirdPerson | VerbForm.Past | VerbForm.PastParticiple | VerbForm.Base)) != 0)
        {
            return true;
        }

        // A gerund is a verb only in a progressive ("is meeting"); elsewhere it is usually a noun.
        return verb > sentence.FirstToken && BeLookup.Contains(text.TokenText(verb - 1));
    }

    private static bool PrecededByBe(AnalyzedText text, int clauseStart, int verb)
    {
        for (var i = verb - 1; i >= clauseStart && i >= verb - 3; i--)
        {
            if (BeLookup.Contains(text.TokenText(i)))
            {
                return true;
            }
        }

        return false;
    }

    // Matches the words after the verb, skipping articles in the text; returns the token after the match or -1.
    private static int MatchFollowing(AnalyzedText text, int start, int end, IReadOnlyList<string> following)
    {
        var i = start;
        foreach (var word in following)
        {
            while (i < end && IsArticle(text.TokenText(i)) && !IsArticle(word))
            {
                i++;
            }

            if (i >= end || !text.TokenText(i).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase);

    private static ActorMention? FindAgent(AnalyzedText text, List<ActorMention> mentions, int from, int end)
    {
        for (var i = from; i < end && i < from + 4; i++)
        {
            if (text.TokenText(i).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return FirstAfter(mentions, i + 1, Math.Min(end, i + 4));
            }
        }

        return null;
    }

    private static ActorMention? NearestBefore(List<ActorMention> mentions, int clauseStart, int verb)
    {
        ActorMention? found = null;
        foreach (var mention in mentions)
        {
            if (mention.Start >= clauseStart && mention.EndExclusive <= verb)
            {
                found = mention;
            }
        }

        // Of a coordination ("Egypt and Qatar mediated"), the nearest is the last; Coordinated() collects the rest.
        return found;
    }

    private static ActorMention? FirstAfter(List<ActorMention> mentions, int from, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.Start < end && mention.Start - from <= MaxTargetDistance)
            {
                return mention;
            }
        }

        return null;
    }

    // The mentions joined to this one by "and", "or" or commas: "Egypt, Qatar and the United States".
    private static List<ActorMention> Coordinated(AnalyzedText text, List<ActorMention> mentions, ActorMention anchor)
    {
        var index = mentions.IndexOf(anchor);
        var first = index;
        while (first > 0 && Joined(text, mentions[first - 1], mentions[first]))
        {
            first--;
        }

        var last = index;
        while (last + 1 < mentions.Count && Joined(text, mentions[last], mentions[last + 1]))
        {
            last++;
        }

        return mentions.GetRange(first, last - first + 1);
    }

    private static bool Joined(AnalyzedText text, ActorMention left, ActorMention right)
    {
        var gap = right.Start - left.EndExclusive;
        if (gap == 1)
        {
            var word = text.TokenText(left.EndExclusive);
            return word is "," || word.Equals("and", StringComparison.OrdinalIgnoreCase);
        }

        return gap == 2 && text.TokenText(left.EndExclusive) is "," && text.TokenText(left.EndExclusive + 1).Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    private static bool InsideMention(List<ActorMention> mentions, int token)
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
}
