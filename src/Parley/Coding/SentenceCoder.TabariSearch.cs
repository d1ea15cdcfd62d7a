using Parley.Lexicon;
using Parley.Text;

namespace Parley.Coding;

// TABARI's default actor search, for TABARI's validation suite only: the suite's records were written for TABARI's
// reading of a sentence, not for English syntax.
public sealed partial class SentenceCoder
{
    /// <summary>
    /// TABARI's default actor search (TABARI manual 5.8), used by its suite; off by default. Where the pattern names no
    /// source, the source is the first actor of the verb's clause before the verb (clauses run between "and", "but",
    /// "or" and "nor" that join no actors), or, when the clause has none, the first actor of the sentence before the
    /// verb (the source carries over to a later clause); with none before the verb, the first actor after it (TABARI is
    /// "greedy", manual 8.5) unless <see cref="DefaultSourcePrior"/> gives the default instead. Where the pattern names no
    /// target, the target is the first actor after the verb (after a source found there) in the clause whose code
    /// differs from the source's, else the first such actor before the verb (unless <see cref="DefaultTargetAfter"/>).
    /// Parley's own reading (subjects of subordinate clauses, passives, objects) is not used.
    /// </summary>
    /// <remarks>Agents then go with one actor each, as TABARI's do (<see cref="ActorMentionFinder.AgentsOfOneActor"/>).</remarks>
    public bool TabariActorSearch
    {
        get => _actors.AgentsOfOneActor;
        set => _actors.AgentsOfOneActor = value;
    }

    /// <summary>
    /// With <see cref="TabariActorSearch"/>, TABARI's <c>DEFAULT: TARGET [code] AFTER</c>: when no actor follows the verb the
    /// target is left to the default (given by the suite) rather than looked for before the verb.
    /// </summary>
    public bool DefaultTargetAfter { get; set; }

    private (ActorMention? Source, ActorMention? Target) TabariSearch(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, PatternMatch match,
        int head, bool passive, ReadOnlySpan<CoarseTag> tags, int offset, List<string> rules)
    {
        var (clauseStart, clauseEnd) = TabariClause(text, sentence, mentions, match.Start, match.EndExclusive, tags, offset);
        var source = match.Source;
        var target = match.Target;

        // The actors as TABARI sees them: its own coreference for pronouns, before codes are compared.
        List<ActorMention>? resolved = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (IsPronounMention(text, mentions[i]) && mentions[i].Start >= sentence.FirstToken)
            {
                resolved ??= [.. mentions];
                resolved[i] = TabariPronoun(text, sentence, mentions, mentions[i], tags, offset);
            }
        }

        if (resolved is not null)
        {
            mentions = resolved;
        }

        // "After the verb" is after its head word: an actor a pattern's words step over ("allowed that Mordor is … place")
        // comes first.
        var targetFrom = head + 1;
        if (source is null)
        {
            source = FirstActor(mentions, clauseStart, match.Start, target?.Code);
            if (source is null && clauseStart > sentence.FirstToken && FirstActor(mentions, sentence.FirstToken, match.Start, target?.Code) is { } earlier)
            {
                rules.Add("TABARI's search: source carried over from the clause before");
                source = earlier;
            }
            else if (source is null && !(DefaultSource is not null && DefaultSourcePrior)
                && FirstActor(mentions, head + 1, clauseEnd, target?.Code) is { } greedy)
            {
                rules.Add("TABARI's search: no actor before the verb, the first after it is the source");
                source = greedy;
                targetFrom = greedy.EndExclusive;
            }
            else if (source is not null)
            {
                rules.Add("TABARI's search: source is the clause's first actor before the verb");
            }
        }

        if (target is null)
        {
            var sourceCode = source?.Code ?? DefaultSource;
            target = FirstActor(mentions, targetFrom, clauseEnd, sourceCode);
            if (target is not null)
            {
                rules.Add("TABARI's search: target is the first other actor after the verb");
            }
            else if (!DefaultTargetAfter && NearestActorBefore(mentions, clauseStart, head, sourceCode, match.SteppedOver) is { } before)
            {
                rules.Add("TABARI's search: no other actor after the verb, the nearest before it is the target");
                target = before;
            }
        }

        // Passive voice (manual 7.9: "was", "were" or "been" before the verb, "by" right after it, no slot named by the
        // pattern): the order is object-verb-subject, so the two are reversed.
        if (passive && match.Source is null && match.Target is null && source is not null && target is not null && ByFollows(text, match.EndExclusive, clauseEnd))
        {
            rules.Add("TABARI's search: passive voice, source and target reversed");
            (source, target) = (target, source);
        }

        return (source, target);
    }

    // TABARI's coreference (manual 7.7) in place of Parley's: "he", "she", "it" (and their object forms) stand for the
    // first actor of the sentence, "they" and "them" for its first compound actor, else its first actor. A pronoun
    // before any actor of the sentence keeps what the document resolved it to (FORWARD).
    private static ActorMention TabariPronoun(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, ActorMention mention, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var word = text.TokenText(mention.Start);
        var plural = word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("them", StringComparison.OrdinalIgnoreCase);
        ActorMention? first = null;
        List<ActorMention>? compound = null;
        foreach (var candidate in mentions)
        {
            if (candidate.Start >= mention.Start || candidate.Start < sentence.FirstToken)
            {
                break;
            }

            if (IsPronounMention(text, candidate))
            {
                continue;
            }

            first ??= candidate;
            if (plural && Coordinated(text, mentions, candidate, tags, offset) is { Count: > 1 } list)
            {
                compound = list;
                break;
            }
        }

        if (first is null)
        {
            return mention;
        }

        var antecedent = compound?[0] ?? first;
        return antecedent with
        {
            Start = mention.Start, EndExclusive = mention.EndExclusive,
            Note = $"TABARI's coreference: '{word}' -> {(compound is null ? antecedent.Name : string.Join(", ", compound.Select(m => m.Name)))}",
            Members = compound?.Select(m => m with { Start = mention.Start, EndExclusive = mention.EndExclusive, Members = null }).ToList(),
        };
    }

    // TABARI's FORWARD (manual 8.4): a pronoun that opens a sentence, before any actor of it, is "the first actor in the
    // previous sentence" — the first one that sentence names itself (a pronoun of it standing for another is no actor of
    // TABARI's), and the actor alone, not an agent that went with it ("Freedonian President Smith …. He …" is FRE). This
    // is what TABARI's own suite records; the manual's caveats (the actor before a verb, a plural pronoun only for a
    // compound) are not what it does there.
    private void ForwardTabariPronouns(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, DiscourseMemory memory, DateOnly? date)
    {
        ActorMention? firstNamed = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Start < sentence.FirstToken || !IsPronounMention(text, mentions[i]))
            {
                firstNamed ??= mentions[i].Start >= sentence.FirstToken ? mentions[i] : null;
                continue;
            }

            if (firstNamed is null && memory.FirstNamed is { } forwarded)
            {
                var actor = ActorAlone(forwarded, date);
                mentions[i] = actor with
                {
                    Start = mentions[i].Start, EndExclusive = mentions[i].EndExclusive, Members = null,
                    Note = $"TABARI's FORWARD: '{text.TokenText(mentions[i].Start)}' -> {actor.Name}",
                };
            }
        }

        memory.RememberFirstNamed(firstNamed);
    }

    // An actor without the agent that went with it ("Freedonian President" -> Freedonia): its first entry that is no
    // agent, resolved alone.
    private ActorMention ActorAlone(ActorMention mention, DateOnly? date)
    {
        foreach (var entry in mention.Entries)
        {
            if (entry.Kind != ActorKind.Agent)
            {
                var actor = _dictionary.Resolve(entry, date);
                return actor.Code == mention.Code ? mention
                    : mention with { Country = actor.Country, Org = actor.Org, Role = actor.Role, Name = actor.Name, ExplicitCode = actor.ExplicitCode, Entries = [entry] };
            }
        }

        return mention;
    }

    // TABARI's parsed compound (manual 7.5) is a list of noun phrases, each a run of actors, adjectives and determiners,
    // and "the system will identify all of the actors in the sequence" ("Israeli Prime Minister Sharon and President
    // Bush" is Israel, Sharon and Bush): in a list joined by a conjunction, an actor that another member's noun phrase
    // runs into — only articles, words of the actors file's adjective list or a possessive "'s" between them ("Freedonia
    // and the old Sylvania bold Ruritania", "Freedonia and Sylvania's king") — is a member too.
    private List<ActorMention> TabariCompoundMembers(AnalyzedText text, List<ActorMention> mentions, List<ActorMention> list)
    {
        if (list.Count < 2)
        {
            return list;
        }

        List<ActorMention>? members = null;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (left, right) = (mentions[i], mentions[i + 1]);
            var leftIn = (members ?? list).Contains(left);
            if (leftIn == (members ?? list).Contains(right) || !InOneNounPhrase(text, left.EndExclusive, right.Start))
            {
                continue;
            }

            members ??= [.. list];
            if (leftIn)
            {
                members.Insert(members.IndexOf(left) + 1, right);
            }
            else
            {
                members.Insert(members.IndexOf(right), left);
                i = Math.Max(-1, i - 2);
            }
        }

        return members ?? list;
    }

    // Two actors with nothing between them ("Dagolath Osgiliath") are two noun phrases, not one.
    private bool InOneNounPhrase(AnalyzedText text, int from, int to)
    {
        if (to <= from || to - from > 3)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!(text.TokenText(k) is "'s" || text.Is(k, WordTraits.Article) || _dictionary.IsCompoundAdjective(text.TokenText(k))))
            {
                return false;
            }
        }

        return true;
    }

    // "by" right after the verb, or after one adverb ("was opposed earlier by").
    private static bool ByFollows(AnalyzedText text, int from, int end)
    {
        for (var i = from; i < end && i < from + 2; i++)
        {
            if (text.TokenText(i).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The first actor starting in [from, to) whose code is not `exclude`.
    private static ActorMention? FirstActor(List<ActorMention> mentions, int from, int to, string? exclude)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.Start < to && mention.Code != exclude)
            {
                return mention;
            }
        }

        return null;
    }

    // The last actor starting in [from, to) whose code is not `exclude`: TABARI looks back from the verb ("Freedonia and
    // Sylvania urged Ruritania to help them": the help is asked of Ruritania), over the words of its pattern too ("$ ^ FOR
    // *": "Freedonia was Zembla's host for Ruritania talks"), but not to an actor the pattern stepped over ('^').
    private static ActorMention? NearestActorBefore(List<ActorMention> mentions, int from, int to, string? exclude, ActorMention? steppedOver)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.Start >= from && mention.Start < to && mention.Code != exclude && !ReferenceEquals(mention, steppedOver))
            {
                return mention;
            }
        }

        return null;
    }

    // TABARI's clause of the verb: between the conjunctions "and", "but", "or", "nor" around it that join no actors
    // ("Bree and Arnor restored ties" is one clause), within the sentence.
    private (int Start, int EndExclusive) TabariClause(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int verbStart, int verbEnd,
        ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var start = sentence.FirstToken;
        for (var i = verbStart - 1; i > sentence.FirstToken; i--)
        {
            if (IsClauseConjunction(text, mentions, i, tags, offset))
            {
                start = i + 1;
                break;
            }
        }

        var end = sentence.EndTokenExclusive;
        for (var i = verbEnd; i < sentence.EndTokenExclusive; i++)
        {
            if (IsClauseConjunction(text, mentions, i, tags, offset))
            {
                end = i;
                break;
            }
        }

        return (start, end);
    }

    private bool IsClauseConjunction(AnalyzedText text, List<ActorMention> mentions, int token, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var word = text.TokenText(token);
        if (!(word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
            || word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("nor", StringComparison.OrdinalIgnoreCase))
            || InCompoundPhrase(_dictionary, text, token))
        {
            return false;
        }

        // A conjunction of a compound actor ("Bree and Arnor", "Gondor, and the evil Bree") joins the actors around it.
        ActorMention? left = null;
        ActorMention? right = null;
        foreach (var mention in mentions)
        {
            if (mention.EndExclusive <= token)
            {
                left = mention;
            }
            else if (mention.Start > token)
            {
                right = mention;
                break;
            }
        }

        var conjunction = false;
        return !(left is not null && right is not null && Joined(text, left, right, tags, offset, ref conjunction) && conjunction);
    }

    /// <summary>
    /// Whether the conjunction at <paramref name="token"/> joins a compound noun phrase ("sheep and lazy goats": a noun,
    /// then any adjectives and a noun of TABARI's lists) or a compound adjective phrase ("bad and lazy"), which TABARI
    /// does not take for a clause break (manual 7.5.1).
    /// </summary>
    internal static bool InCompoundPhrase(ActorDictionary dictionary, AnalyzedText text, int token)
    {
        if (token < 1 || token + 1 >= text.Tokens.Count)
        {
            return false;
        }

        var before = text.TokenText(token - 1);
        if (dictionary.IsCompoundAdjective(before) && dictionary.IsCompoundAdjective(text.TokenText(token + 1)))
        {
            return true;
        }

        if (!dictionary.IsCompoundNoun(before))
        {
            return false;
        }

        var next = token + 1;
        while (next + 1 < text.Tokens.Count && dictionary.IsCompoundAdjective(text.TokenText(next)))
        {
            next++;
        }

        return dictionary.IsCompoundNoun(text.TokenText(next));
    }
}
