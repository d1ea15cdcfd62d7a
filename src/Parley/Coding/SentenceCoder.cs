using System.Collections.Frozen;
using Parley.Events;
using Parley.Lexicon;
using Parley.Lexicon.Places;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// The foundation coder: finds lexicon patterns (verbs, event nouns, phrases) and fills source and target — from the
/// pattern's SOURCE and TARGET slots where it has them, otherwise the nearest actor before the match in its clause
/// (the agent after "by" in the passive) and the first actor after it; actors joined by "and" give one event per pair.
/// The words before the verb in its clause decide the modality (negation, modals, hopes, conditions).
/// </summary>
public sealed partial class SentenceCoder
{
    /// <summary>How far after the matched words a target may stand, in tokens.</summary>
    public const int MaxTargetDistance = 12;

    // CAMEO 010 "Make statement, not specified below": a report rather than an event of its own when it has content.
    private const string PlainStatementCode = "010";

    // Codes whose events coordinated subjects with no object do to each other: meeting, talks and consultation (not
    // mediation, which is between others) and signing an agreement. Not attacks or praise: "Russian and Syrian forces
    // attacked the town" and "France and Germany praised the decision" are allies acting on something else.
    // A ceasefire too is agreed between the sides: "India and Pakistan agreed to a ceasefire".
    private static bool IsMutual(string code) => (code.StartsWith("04", StringComparison.Ordinal) && !code.StartsWith("045", StringComparison.Ordinal)) || code == "057" || code == "0871";

    // "Ghana and Togo agreed to build a road": what coordinated subjects agree to do, with nobody else named, each
    // undertakes towards the other; an intent announced alone ("Ghana pledged to build") has no such partner.
    private static bool IsAgreedIntent(EventPattern pattern, string code) =>
        code.StartsWith("03", StringComparison.Ordinal) && pattern.Lemma.Equals("agree", StringComparison.OrdinalIgnoreCase);

    // The lists tested on tokens are also token traits (WordTraits): one lookup per token in AnalyzedText.Analyze.
    internal static readonly string[] BeWords = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am", "get", "got", "gets"];

    internal static readonly string[] DeterminerWords = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "no", "every", "each"];

    internal static readonly string[] VerbCueWords =
    [
        "to", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "did", "does", "do",
        "they", "we", "i", "you", "he", "she", "not", "n't", "also",
    ];

    private static readonly FrozenSet<string> BeForms = BeWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeLookup = BeForms.GetAlternateLookup<ReadOnlySpan<char>>();


    // Words that a simple noun phrase, read backwards from its verb, does not contain: prepositions (but "of": "the head
    // of the agency"), coordinating conjunctions, pronouns.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotInNounPhrase = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "on", "in", "at", "to", "for", "with", "by", "from", "against", "about", "over", "into", "onto", "between", "among", "across",
        "through", "under", "during", "without", "within", "toward", "towards", "upon", "and", "or", "but", "nor", "whose", "then",
        "it", "they", "he", "she", "we", "i", "you", "there")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // The comma before commaLimit after which a noun phrase is the subject of the next verb ("…, the Turkish army said"),
    // or -1. The verb may stand beyond commaLimit: a long subject ("…, U.S. Secretary of State Marco Rubio said") ends
    // the object at the comma all the same.
    private static int PostposedSubjectComma(AnalyzedText text, List<ActorMention> mentions, int from, int commaLimit, int end, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var comma = -1;
        for (var i = from; i < end; i++)
        {
            if (comma < 0)
            {
                if (i >= commaLimit)
                {
                    return -1;
                }

                comma = text.TokenText(i) is "," ? i : -1;
            }
            else if (tags[i - offset] == CoarseTag.Verb && text.Tokens[i].Kind == TokenKind.Word && !InsideMention(mentions, i)
                && !IsAttributiveParticiple(text, mentions, i, comma + 1, tags, offset))
            {
                return SubjectBoundary(text, mentions, from, i, tags, offset, out _) == comma || ActorOpensCoordinateClause(text, mentions, comma, i) ? comma : -1;
            }
        }

        return -1;
    }

    // The first comma in [from, limit) that a gerund read as a verb follows ("…, drawing condemnation from Egypt",
    // "…, killing five"), or -1.
    private static int ParticipleClauseComma(AnalyzedText text, List<ActorMention> mentions, int from, int limit, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        for (var i = from; i + 1 < limit; i++)
        {
            if (text.TokenText(i) is "," && tags[i + 1 - offset] == CoarseTag.Verb && !InsideMention(mentions, i + 1)
                && text.TokenText(i + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // The gerund that opens a participle clause after a comma and stands within three words before matchStart
    // ("…, drawing condemnation from Qatar"), or -1.
    private static int ParticipleBefore(AnalyzedText text, int clauseStart, int matchStart, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        for (var k = matchStart - 1; k > clauseStart && k >= matchStart - 4; k--)
        {
            if (text.TokenText(k - 1) is "," && tags[k - offset] == CoarseTag.Verb && text.TokenText(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }

    // Where the complement of the participle at i ends: at punctuation or at the next finite verb (not a gerund, not an
    // infinitive after "to").
    private static int ComplementEnd(AnalyzedText text, int i, int end, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        for (var k = i + 1; k < end; k++)
        {
            var word = text.TokenText(k);
            if (word is "," or ";" or ":" or "(" or ")"
                || (tags[k - offset] == CoarseTag.Verb && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                    && !text.TokenText(k - 1).Equals("to", StringComparison.OrdinalIgnoreCase)))
            {
                return k;
            }
        }

        return end;
    }

    // Where the object of a match that starts at from ends: at limit (the next match), or before the subject of a
    // later verb after a comma ("… after days of strikes, U.S. Secretary of State Marco Rubio said").
    private static int ObjectEnd(AnalyzedText text, List<ActorMention> mentions, int from, int limit, int end, ReadOnlySpan<CoarseTag> tags, int offset) =>
        PostposedSubjectComma(text, mentions, from, Math.Min(limit + 1, end), end, tags, offset) is var comma and >= 0 ? Math.Min(comma, limit) : limit;

    // "…clashed along the border, and Thailand launched air strikes": after a comma and "and" or "but", an actor (or a
    // subject pronoun) right before a verb group is the subject of a new clause, not the object of the verb before.
    private static bool ActorOpensCoordinateClause(AnalyzedText text, List<ActorMention> mentions, int comma, int verb)
    {
        var conjunction = comma + 1;
        if (conjunction + 1 >= verb || !(text.TokenText(conjunction).Equals("and", StringComparison.OrdinalIgnoreCase)
            || text.TokenText(conjunction).Equals("but", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var k = verb - 1;
        while (k > conjunction && VerbGroupWords.Contains(text.TokenText(k)))
        {
            k--;
        }

        if (k == conjunction + 1 && SubjectPronouns.Contains(text.TokenText(k)))
        {
            return true;
        }

        var subject = MentionStartingAt(mentions, conjunction + 1)
            ?? (text.Is(conjunction + 1, WordTraits.Determiner) ? MentionStartingAt(mentions, conjunction + 2) : null);
        return subject is not null && subject.EndExclusive == k + 1;
    }

    // Words that open an adverbial clause ("after crowds burned down its embassy") or, before a gerund, a clause without
    // a subject ("without returning to Kyrgyzstan"). "as" is left out: it is mostly a preposition ("as a mediator").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbialSubordinators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "after", "before", "when", "while", "because", "since", "until", "although", "though", "once", "whereas", "unless", "without")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // The index of a word in [from, limit) that opens an adverbial clause — followed by a gerund ("before allowing"), or
    // by a noun phrase and a finite verb within a few words ("after crowds trashed") — or -1. Followed by a noun phrase
    // alone it is a preposition ("after talks with Iran", "since 1990") and opens nothing.
    private static int SubordinateClauseStart(AnalyzedText text, List<ActorMention> mentions, int from, int limit, int sentenceEnd, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        for (var i = from; i < limit; i++)
        {
            // "…, according to the Pakistani interior ministry": who reports the event is not what it acts on.
            if (text.TokenText(i).Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < sentenceEnd
                && text.TokenText(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            if (!AdverbialSubordinators.Contains(text.TokenText(i)) || i + 1 >= sentenceEnd)
            {
                continue;
            }

            for (var k = i + 1; k < sentenceEnd && k <= i + 8; k++)
            {
                var word = text.TokenText(k);
                if (text.Tokens[k].Kind != TokenKind.Word
                    || (NotInNounPhrase.Contains(word) && !SubjectPronouns.Contains(word) && !word.Equals("it", StringComparison.OrdinalIgnoreCase)))
                {
                    break;
                }

                if (tags[k - offset] == CoarseTag.Verb && !InsideMention(mentions, k))
                {
                    var gerund = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                    if (k == i + 1 ? gerund : !gerund)
                    {
                        return i;
                    }

                    break;
                }
            }
        }

        return -1;
    }

    // Auxiliaries, modals and negation of a verb group, read backwards from its main verb.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbGroupWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "'s", "'ve", "'re", "will", "would", "can",
        "could", "should", "may", "might", "must", "shall", "do", "does", "did", "not", "n't", "also", "wo", "ca")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs of saying that take a clause without "that": "said government proposed …".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "told", "added", "stated", "noted", "announced", "reported", "claimed", "insisted", "warned",
        "believe", "believes", "believed", "thinks", "think", "thought")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs of saying whose subject reports what follows rather than doing it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "told", "tell", "tells", "added", "stated", "noted", "reported", "claimed", "insisted")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that undertake the act of the infinitive after them ("willing to", "offered to", "vowed to"): the act is
    // announced for the future, and its announcement is the intent or threat CAMEO codes.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UndertakingWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "willing", "ready", "prepared", "offer", "offers", "offered", "promise", "promises", "promised", "pledge", "pledges", "pledged",
        "vow", "vows", "vowed", "threaten", "threatens", "threatened", "undertook", "undertakes")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs of appeal whose object is asked to do the act of the infinitive after it ("urged Iran to release").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AppealWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "call", "calls", "called", "calling",
        "appeal", "appeals", "appealed", "appealing", "press", "presses", "pressed", "pressing", "request", "requests", "requested",
        "encourage", "encourages", "encouraged", "invite", "invites", "invited", "demand", "demands", "demanded", "pressure", "pressured")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Acts done in words, which a speaker goes on to do after reporting something: "said that … and accused Kyiv".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbalActs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "accused", "accuses", "denied", "denies", "rejected", "rejects", "condemned", "condemns", "criticized", "criticised",
        "criticizes", "criticises", "praised", "praises", "welcomed", "welcomes")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Past verbs of announcing after which "would" reports a "will" ("said it would", "announced that they would").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnnouncingVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "said", "told", "announced", "stated", "declared", "warned", "promised", "pledged", "vowed", "confirmed", "added", "insisted")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Personal pronouns that are subjects ("it" is left out: it often stands for the actor just named, "Russia said it …").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "he", "she", "they", "we", "i", "you")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that open a clause: a noun phrase right after one of them is the subject of the verb that follows.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinatingWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "after", "before", "when", "while", "because", "since", "until", "although", "though", "that", "which", "who", "whom",
        "once", "whereas", "where", "if", "as")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ActorMentionFinder _actors;
    private readonly ActorDictionary _dictionary;
    private readonly PatternLexicon _patterns;
    private readonly PosTagger _tagger;
    private readonly Gazetteer? _places;

    /// <summary>Creates a coder over the given dictionaries; <paramref name="tagger"/> defaults to <see cref="PosTagger.Default"/>.</summary>
    public SentenceCoder(ActorDictionary actors, PatternLexicon patterns, PosTagger? tagger = null)
        : this(actors, patterns, null, tagger)
    {
    }

    /// <summary>
    /// Creates a coder that also knows places: a town or region named as what an event acts on ("shelled Kharkiv") is
    /// its country when no actor is named there.
    /// </summary>
    public SentenceCoder(ActorDictionary actors, PatternLexicon patterns, Gazetteer? places, PosTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _tagger = tagger ?? PosTagger.Default;
        _actors = new ActorMentionFinder(actors, places, _tagger);
        _dictionary = actors;
        _patterns = patterns;
        _places = places;
    }

    /// <summary>
    /// Whether an actor after "in", "at" or "near" may be the target when the pattern names none. Parley reads such an
    /// actor as where the event happened ("hosted the talks in Cairo"); TABARI and PETRARCH take the first actor after
    /// the verb whatever the preposition ("fired shells at Seoul", "appealed for peace in Lebanon"), and their suites
    /// expect that.
    /// </summary>
    public bool PlacesCanBeTargets { get; set; }

    /// <summary>
    /// TABARI's <c>DEFAULT: SOURCE [code]</c> option, used by its suite: the code given as source to an event whose
    /// verb has none; <c>null</c> (the default): no event is coded without a source.
    /// </summary>
    public string? DefaultSource { get; set; }

    /// <summary>With <see cref="DefaultSource"/>, TABARI's <c>PRIOR</c>: the default also stands in for a source found only after the verb.</summary>
    public bool DefaultSourcePrior { get; set; }

    /// <summary>TABARI's <c>CONVERT AGENTS</c> option (see <see cref="ActorMentionFinder.ConvertAgents"/>); off by default.</summary>
    public bool ConvertAgents
    {
        get => _actors.ConvertAgents;
        set => _actors.ConvertAgents = value;
    }

    /// <summary>Codes one sentence.</summary>
    /// <param name="text">The analysed document.</param>
    /// <param name="sentence">The sentence to code.</param>
    /// <param name="date">The event date as far as known: people are resolved to the office they held then.</param>
    /// <param name="tags">Coarse part-of-speech tags for the document's tokens, from a tagger; empty to use the heuristics.</param>
    /// <param name="memory">The document's memory of actors for coreference ("he", "the foreign minister"); updated with this sentence's actors.</param>
    /// <param name="placeCountry">The country of the place the sentence names, if any: groups named without a country ("protesters") belong to it.</param>
    public List<SentenceEvent> Code(AnalyzedText text, SentenceSpan sentence, DateOnly? date, ReadOnlySpan<CoarseTag> tags = default, DiscourseMemory? memory = null, string? placeCountry = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var events = new List<SentenceEvent>();
        // Document-wide tags from the caller help the actor finder; without them it tags the sentence only if it must.
        var mentions = _actors.Find(text, sentence, date, memory, placeCountry, tags, 0);
        // Without actors there is nothing to code, unless a pronoun stands for one named before (or TABARI's DEFAULT:
        // SOURCE stands in for the actors).
        if (mentions.Count == 0 && DefaultSource is null && (memory is null || (memory.LastPerson is null && memory.LastGroup is null) || !HasPronoun(text, sentence)))
        {
            return events;
        }

        // Tags given by the caller are document-wide; otherwise the tagger tags this sentence.
        var offset = 0;
        if (tags.IsEmpty)
        {
            tags = TagSentence(text, sentence);
            offset = sentence.FirstToken;
        }

        DropAdjectivalGroups(text, sentence, mentions, tags, offset, _patterns);
        MergeAppositions(text, sentence, mentions, tags, offset);
        MergeParentheticalNames(text, sentence, mentions);
        if (memory is not null)
        {
            ResolvePronouns(text, sentence, mentions, memory, tags, offset);
            if (TabariActorSearch)
            {
                ForwardTabariPronouns(text, sentence, mentions, memory, date);
            }

            memory.RememberSentence(mentions);
            memory.RememberParticipants(mentions);

            // "Chile and Peru criticized Bolivia. They …": "they" stands for the whole list.
            if (memory.LastGroup is { } group && mentions.Contains(group))
            {
                memory.RememberGroupList(group.Members ?? (Coordinated(text, mentions, group, tags, offset) is { Count: > 1 } list ? list : null));
            }
        }

        if (mentions.Count == 0 && DefaultSource is null)
        {
            return events;
        }

        // First every pattern match, then the actors: a match's target cannot lie beyond the next match.
        var end = sentence.EndTokenExclusive;
        // One list per thread, taken here and given back below (a return in between only costs a new list next time).
        var matches = t_matches ?? new List<(PatternCandidate Candidate, int Head, PatternMatch Match, bool Passive)>();
        t_matches = null;

        // A capitalised word inside a sentence is a name, no verb — unless the whole sentence is in capitals.
        var allCaps = text.IsAllCaps(sentence);
        // The words of a reduced relative that names no agent ("a Briton accused of organising the protests"): what it
        // says is alleged of its noun, not done.
        var agentlessRelativeEnd = -1;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (InsideMention(mentions, i) || (text.Tokens[i].Has(TokenFlags.Capitalized) && i != sentence.FirstToken && !allCaps) || i < agentlessRelativeEnd)
            {
                continue;
            }

            // "The attacks continued" (noun) vs "Russia attacks Ukraine" (verb): the tag decides whether a verb or a noun entry may start here.
            var tag = tags[i - offset];
            if (tag == CoarseTag.Noun && IsVerbBetweenActors(text, sentence, mentions, i))
            {
                tag = CoarseTag.Verb;
            }

            // "rescued 50 kidnapped schoolchildren": a participle between a number and a noun is an adjective.
            if (tag == CoarseTag.Verb && i > sentence.FirstToken && i + 1 < end && text.Tokens[i - 1].Kind == TokenKind.Number
                && tags[i + 1 - offset] == CoarseTag.Noun && text.TokenText(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                tag = CoarseTag.Other;
            }

            // A tagger reads a plural noun after a noun as a verb in headline style ("Peace talks between …"): there
            // the noun reading stays open, as long as the word before is a common noun, not an actor ("Armenia talks").
            var nounAfterNoun = tag == CoarseTag.Verb && i > sentence.FirstToken && tags[i - 1 - offset] == CoarseTag.Noun && !InsideMention(mentions, i - 1);
            (PatternCandidate Candidate, PatternMatch Match, bool Passive)? best = null;

            // The word's own entries, then those of a stem it begins with (imported TABARI roots: "restor" for "restored").
            var exact = _patterns.Candidates(text.TokenText(i));
            var stems = _patterns.StemCandidates(text.TokenText(i));
            for (var c = 0; c < exact.Length + stems.Length; c++)
            {
                var candidate = c < exact.Length ? exact[c] : stems[c - exact.Length];

                // Each list comes in order of precedence (docs/patterns.md, "Which pattern wins"): the highest-ranked match
                // wins, and of equal ones the closest fit ("pledged humanitarian aid": $HUMAID over $AID with
                // "humanitarian" skipped). No later candidate can rank above its precedence.
                if (best is { } found && candidate.Precedence < found.Match.Rank(found.Candidate))
                {
                    if (c < exact.Length)
                    {
                        c = exact.Length - 1;
                        continue;
                    }

                    break;
                }

                var pattern = candidate.Pattern;
                if (candidate.HeadReadByPosition && candidate.Kind == EntryKind.Verb
                    ? !TabariVerbFits(text, sentence, mentions, i, candidate, tags, offset)
                    : !HeadFits(text, sentence, i, candidate, tag, nounAfterNoun))
                {
                    continue;
                }

                var passive = candidate.Kind == EntryKind.Verb && (candidate.Form & VerbForm.PastParticiple) != 0
                    && PrecededByBe(text, ClauseStart(text, sentence, i), i);

                // "returned land seized in the war", "freed sailors detained by Britain": a participle after a noun is
                // no verb of the clause but a passive of its own; with nobody named after "by" it codes nothing.
                if (!passive && candidate.Kind == EntryKind.Verb && (candidate.Form & VerbForm.PastParticiple) != 0
                    && IsReducedRelative(text, sentence, mentions, i, tags, offset))
                {
                    if (FindAgent(text, mentions, i + 1, end) is null)
                    {
                        agentlessRelativeEnd = Math.Max(agentlessRelativeEnd, ComplementEnd(text, i, end, tags, offset));
                        continue;
                    }

                    passive = true;
                }

                // TABARI tries its phrases longest first and takes the first that matches (manual 5.5): of two equally
                // long patterns of its .verbs files the one tried first wins, however many words it stepped over.
                if (PatternMatcher.TryMatch(text, sentence, mentions, i, pattern, passive, out var match)
                    && (best is null || match.Rank(candidate) > best.Value.Match.Rank(best.Value.Candidate)
                        || (match.Rank(candidate) == best.Value.Match.Rank(best.Value.Candidate) && match.SkippedWords < best.Value.Match.SkippedWords
                            && !(candidate.HeadReadByPosition && best.Value.Candidate.HeadReadByPosition)))
                    && !IsCompoundModifier(text, mentions, pattern, i, match, end, tags, offset, _patterns)
                    && !OpensWithArticle(text, sentence, candidate, match, tag)
                    && !SlotStepsOverVerb(text, mentions, i, match, tags, offset))
                {
                    best = (candidate, match, passive);
                }
            }

            // "M23 rebels captured Goma": a town the gazetteer knows, right after the verb, is one of the places a
            // pattern names by their kind ("capture $PLACES": town, city, village), which no actor slot takes. It wins
            // over a less specific match that found no target ("seize" alone, 171).
            // In the passive the object slot was not there to fill, and the kind of place fits as closely ("was
            // captured": `capture $PLACES` over `capture TARGET`, 173, an arrest).
            if (tag == CoarseTag.Verb && exact.Length > 0 && (best is null || best.Value.Match.Target is null)
                && PlaceKindMatch(text, sentence, mentions, i, exact, end, nounAfterNoun) is { } placed
                && (best is null || placed.Candidate.Specificity > best.Value.Match.Rank(best.Value.Candidate)
                    || (placed.Passive && best.Value.Passive && placed.Candidate.Specificity == best.Value.Match.Rank(best.Value.Candidate))))
            {
                best = placed;
            }

            if (best is { } chosen)
            {
                // "indicated it should have acted": a pattern that reaches back over the words of matches before its head
                // is the longer phrase, and TABARI's longest match wins; the matches it covers are part of it.
                while (matches.Count > 0 && matches[^1].Match.Start >= chosen.Match.Start && matches[^1].Match.EndExclusive <= chosen.Match.EndExclusive)
                {
                    matches.RemoveAt(matches.Count - 1);
                }

                matches.Add((chosen.Candidate, i, chosen.Match, chosen.Passive));
                i = Math.Max(i, chosen.Match.EndExclusive - 1);
            }
        }

        if (matches.Count == 0)
        {
            t_matches = matches;
            return events;
        }

        // Which matches produced an event: only an event can have another as its object.
        var yielded = new bool[matches.Count];
        var firstEvent = new int[matches.Count];
        var endEvent = new int[matches.Count];
        ActorMention? lastSubject = null;
        var lastSubjectClause = -1;
        for (var m = 0; m < matches.Count; m++)
        {
            var (candidate, head, match, passive) = matches[m];
            if (candidate.Pattern.Code is null && candidate.Pattern.ReciprocalCode is null)
            {
                continue;
            }

            // "Greece told Turkey that Syria attacked Iraq": a plain statement whose content is another event is
            // only the report of that event; the reported event is coded, the statement is not.
            // Likewise a hope, plan or expectation whose content is another event ("Armenia hoped the CSTO would condemn
            // Azerbaijan") is the modality of that event, not an event of its own.
            if (m + 1 < matches.Count && candidate.Pattern.Code is { } statement
                && (statement.Code.Value == PlainStatementCode || (ModalityCues.Lookup.TryGetValue(text.TokenText(head), out var cue) && cue == Modality.Desired))
                && ReportsNext(text, match.EndExclusive, matches[m + 1].Match.Start))
            {
                continue;
            }

            // "Qatar praised Egypt for its efforts to secure a truce": the truce is what the praise is about, not an
            // event of Egypt's. "The attack on Kyiv by Russia killed five": the killing is the attack's, told twice.
            var governor = GoverningEvent(text, sentence, matches, m, tags, offset, yielded);
            if (governor >= 0)
            {
                // "killed 46 civilians in an air strike": a noun event in an 'in' phrase names how the governing event
                // was done — the same act, told more precisely, by the same source on the same target.
                if (IsMannerPhrase(text, sentence, match.Start))
                {
                    for (var e = firstEvent[governor]; e < endEvent[governor]; e++)
                    {
                        var told = events[e];
                        if (candidate.Pattern.Code is { } code && ReferenceEquals(told.Pattern, matches[governor].Candidate.Pattern) && told.Code == told.Pattern.Code)
                        {
                            events.Add(told with { Pattern = candidate.Pattern, Code = code, VerbStart = match.Start, VerbEndExclusive = match.EndExclusive, Rules = [.. told.Rules, "manner: the same act as the verb"] });
                        }
                    }
                }

                continue;
            }

            // "Israeli strikes on Gaza were condemned by France": a passive whose subject is a noun event judges or
            // answers that event, and acts on its agent, as the active "France condemned Israeli strikes on Gaza" does;
            // the actor the event acts on is not the target.
            var subjectEventAgent = passive && m > 0 && endEvent[m - 1] > firstEvent[m - 1] && IsPassiveSubjectEvent(text, sentence, mentions, matches, m, tags, offset)
                ? events[firstEvent[m - 1]].Source
                : null;
            if (subjectEventAgent is null && (HasNominalEventAsSubject(text, sentence, mentions, matches, m, tags, offset)
                || IsRelativeOfNominalEvent(text, sentence, mentions, matches, m, tags, offset)))
            {
                continue;
            }

            // The judged event is what the passive is about, no event of its own, as in the active ("France condemned
            // Israeli strikes on Beirut" codes only the condemnation).
            if (subjectEventAgent is not null && endEvent[m - 1] == events.Count)
            {
                events.RemoveRange(firstEvent[m - 1], endEvent[m - 1] - firstEvent[m - 1]);
                endEvent[m - 1] = firstEvent[m - 1];
            }

            // "Berlin rejected calls by Minsk", "promised to continue military aid to Mozambique": the one whose call
            // the verb answers, else the one its object is directed at, is its target.
            ActorMention? objectActor = null;
            if (m + 1 < matches.Count)
            {
                yielded[m] = true;
                // An adjunct ("with the mediation of Egypt", "at the initiative of the AU") is no object.
                // Nor is an event that only sets the time or the circumstances ("agreed to a ceasefire after talks in Doha").
                if (GoverningEvent(text, sentence, matches, m + 1, tags, offset, yielded, objectWithSource: true) == m
                    && !IsAdjunctPreposition(text.TokenText(matches[m + 1].Match.Start))
                    && !IsCircumstancePreposition(text, match.EndExclusive, matches[m + 1].Match.Start))
                {
                    var (_, _, objectMatch, _) = matches[m + 1];
                    objectActor = AgentOfNominal(text, mentions, matches[m + 1].Candidate.Pattern, objectMatch, match.EndExclusive)
                        ?? objectMatch.Target ?? FirstAfter(mentions, objectMatch.EndExclusive, ObjectEnd(text, mentions, objectMatch.EndExclusive, m + 2 < matches.Count ? matches[m + 2].Match.Start : end, end, tags, offset), text);
                }

                // "threatened to ban opposition candidates": what the infinitive right after the verb acts on, the verb
                // acts on too.
                else if (candidate.Pattern.Kind == EntryKind.Verb && matches[m + 1].Candidate.Pattern.Kind == EntryKind.Verb
                    && matches[m + 1].Match.Start == match.EndExclusive + 1 && text.TokenText(match.EndExclusive).Equals("to", StringComparison.OrdinalIgnoreCase))
                {
                    var (_, _, objectMatch, _) = matches[m + 1];
                    objectActor = objectMatch.Target ?? FirstAfter(mentions, objectMatch.EndExclusive, ObjectEnd(text, mentions, objectMatch.EndExclusive, m + 2 < matches.Count ? matches[m + 2].Match.Start : end, end, tags, offset), text);

                    // "refused to accept deportation flights from the United States": when the infinitive's object is a
                    // noun event, what that event comes from or acts on is what the infinitive, and so the verb, acts on.
                    if (objectActor is null && m + 2 < matches.Count)
                    {
                        yielded[m + 1] = true;
                        if (GoverningEvent(text, sentence, matches, m + 2, tags, offset, yielded, objectWithSource: true) == m + 1)
                        {
                            var (_, _, nounMatch, _) = matches[m + 2];
                            objectActor = AgentOfNominal(text, mentions, matches[m + 2].Candidate.Pattern, nounMatch, objectMatch.EndExclusive) ?? nounMatch.Target
                                ?? FirstAfter(mentions, nounMatch.EndExclusive, m + 3 < matches.Count ? matches[m + 3].Match.Start : end, text);
                        }

                        yielded[m + 1] = false;
                    }
                }
            }

            // "Afghan rebels kidnapped two advisers and exploded a bomb": a verb after "and" with no subject of its own
            // shares the subject of the verb before it.
            // So does a participle after a comma: "Russia expelled two diplomats, threatening to impose sanctions".
            var subjectless = candidate.Pattern.Kind != EntryKind.Noun
                && (FollowsCoordinator(text, sentence, match.Start)
                    || (match.Start > sentence.FirstToken && text.TokenText(match.Start - 1) is "," && text.TokenText(match.Start).EndsWith("ing", StringComparison.OrdinalIgnoreCase)));
            var sharedSubject = subjectless && lastSubject is not null && lastSubjectClause == ClauseStart(text, sentence, match.Start) ? lastSubject : null;

            // "An explosion hit the town and wounded five Iraqis", "Rebels entered Kabul and killed …": with no event
            // before it to share, such a verb has the subject of the verb before it, not that verb's object.
            var subjectVerb = subjectless && sharedSubject is null ? VerbBefore(text, mentions, ClauseStart(text, sentence, match.Start), match.Start, tags, offset) : -1;

            var speakerGoesOn = false;
            // "China said that Japan had provoked the crisis and urged Tokyo to show restraint": a verb of saying or
            // appeal after "and", when the words before report what someone said, goes on with the speaker's words.
            if (subjectless && candidate.Pattern.Kind == EntryKind.Verb && (AnnouncingVerbs.Contains(text.TokenText(match.Start)) || AppealWords.Contains(text.TokenText(match.Start))
                    || VerbalActs.Contains(text.TokenText(match.Start)))
                && ReportingVerbBefore(text, sentence, match.Start) is var reporting and >= 0
                && Subject(text, mentions, ClauseStart(text, sentence, reporting), reporting, [], tags, offset) is { } speaker)
            {
                sharedSubject = speaker;
                subjectVerb = -1;
                speakerGoesOn = true;
            }
            var targetLimit = m + 1 < matches.Count ? matches[m + 1].Match.Start : end;
            var clauseStart = ClauseStart(text, sentence, match.Start);
            if (candidate.Pattern.Kind == EntryKind.Verb
                && SubjectBoundary(text, mentions, clauseStart, match.Start, tags, offset, out var subjectIsActor) is var boundary and >= 0 && !subjectIsActor)
            {
                clauseStart = boundary + 1;
            }

            // "…said that the embargo would not work and warned …": the speaker's own clause begins after "and"; the
            // negation or modal of the report is not the speaker's.
            if (speakerGoesOn)
            {
                var and = match.Start - 1;
                while (and > clauseStart && !(text.TokenText(and).Equals("and", StringComparison.OrdinalIgnoreCase) || text.TokenText(and).Equals("but", StringComparison.OrdinalIgnoreCase)))
                {
                    and--;
                }

                clauseStart = Math.Max(clauseStart, and + 1);
            }

            // "…crowds burned down its embassy, a Bree official said": the subject of the next verb, after a comma, is
            // not the object of this one.
            // The scan reaches the next match's head too: that verb ("announced") may be the reporting one.
            if (PostposedSubjectComma(text, mentions, match.EndExclusive, Math.Min(targetLimit + 1, end), end, tags, offset) is var comma and >= 0)
            {
                targetLimit = comma;
            }

            // "Israel struck Gaza on Monday, drawing condemnation from Egypt": a participle clause after a comma has
            // objects of its own.
            if (ParticipleClauseComma(text, mentions, match.EndExclusive, targetLimit, tags, offset) is var participleComma and >= 0)
            {
                targetLimit = participleComma;
            }

            // "…restored ties with Georgia two years after protesters attacked its embassy", "agreed to resign without
            // returning to Kyrgyzstan": what a clause of its own acts on is not this verb's object.
            if (SubordinateClauseStart(text, mentions, match.EndExclusive, targetLimit, end, tags, offset) is var subordinate and >= 0)
            {
                targetLimit = subordinate;
            }

            var before = events.Count;
            firstEvent[m] = before;
            // "Russian forces shelled Kharkiv": with no actor after it, a town or region right after the match is the target.
            objectActor ??= PlaceAfter(text, mentions, match.EndExclusive, targetLimit, passive ? ClauseStart(text, sentence, match.Start) : -1, match.Start);
            AddEvents(text, sentence, mentions, candidate.Pattern, head, match, passive, Math.Max(targetLimit, match.EndExclusive), clauseStart, objectActor, subjectEventAgent, sharedSubject, subjectVerb, tags, offset, events);
            yielded[m] = events.Count > before;
            endEvent[m] = events.Count;
            if (yielded[m] && candidate.Pattern.Kind == EntryKind.Verb && !passive)
            {
                (lastSubject, lastSubjectClause) = (events[before].Source, ClauseStart(text, sentence, match.Start));
            }
        }

        matches.Clear();
        t_matches = matches;
        return events;
    }

    // The pattern matches of the sentence being coded, reused by the thread's next sentence.
    [ThreadStatic]
    private static List<(PatternCandidate Candidate, int Head, PatternMatch Match, bool Passive)>? t_matches;

    private void AddEvents(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, EventPattern pattern, int head, PatternMatch match, bool passive, int targetLimit,
        int clauseStart, ActorMention? objectAgent, ActorMention? subjectEventAgent, ActorMention? sharedSubject, int subjectVerb, ReadOnlySpan<CoarseTag> tags, int offset, List<SentenceEvent> events)
    {
        var rules = new List<string>();
        if (match.Compound is { } compound)
        {
            AddCompoundEvents(text, sentence, mentions, pattern, head, match, compound, clauseStart, tags, offset, rules, events);
            return;
        }

        ActorMention? source = match.Source;
        ActorMention? target = match.Target;
        if (source is not null)
        {
            rules.Add("slot: SOURCE named by the pattern");
        }

        // "threatened whether they would …": a subject pronoun a TARGET slot reached past "whether" or "that" is the
        // subject of the next clause, never an object (below, the target is looked for after it).
        if (target is not null && IsSubjectPronounMention(text, target))
        {
            rules.Add($"object: '{text.TokenText(target.Start)}' is a subject, not an object");
            target = null;
        }

        if (target is not null)
        {
            rules.Add("slot: TARGET named by the pattern");
        }

        if (TabariActorSearch)
        {
            // TABARI's suite: its own search, not Parley's reading (SentenceCoder.TabariSearch.cs).
            (source, target) = TabariSearch(text, sentence, mentions, match, head, passive, tags, offset, rules);
        }
        else if (passive && source is null)
        {
            // In the passive the subject is the target; without "by X" nobody is named as the one who acted.
            if (FindAgent(text, mentions, head + 1, targetLimit) is not { } agent)
            {
                return;
            }

            rules.Add("passive: source from 'by'");
            source = agent;
            if (!PrecededByBe(text, ClauseStart(text, sentence, match.Start), match.Start))
            {
                // A reduced relative acts on the noun it follows ("hostages kidnapped by soldiers"), whoever the
                // clause's subject is.
                rules.Add("reduced relative: the participle's noun is the target");
                target ??= MentionEndingAt(mentions, match.Start);
            }
            else
            {
                if (target is null && subjectEventAgent is not null)
                {
                    rules.Add($"passive: the subject is an event; its agent '{text.TokenText(subjectEventAgent.Start)}' is the target");
                    target = subjectEventAgent;
                }

                target ??= Subject(text, mentions, clauseStart, match.Start, rules, tags, offset) ?? objectAgent;
            }
        }
        else
        {
            // A pattern that names its source after the head ("with the mediation of SOURCE") acts on the subject; so
            // does one whose SOURCE stands in an adjunct phrase that opens the match ("held talks under U.S. mediation":
            // `under SOURCE mediation`): the phrase names a third party, and the clause's subject is what it acts on.
            if (source is not null && target is null
                && (source.Start > head || (source.Start > match.Start && IsAdjunctPreposition(text.TokenText(match.Start)))))
            {
                // "Israel struck Hamas leaders in Doha, drawing condemnation from Qatar": in a participle clause after a
                // comma the reaction is to the subject of the verb before the comma, not to that verb's object.
                target = ParticipleBefore(text, clauseStart, match.Start, tags, offset) is var participle and >= 0
                    && VerbBefore(text, mentions, clauseStart, participle, tags, offset) is var mainVerb and >= 0
                    && Subject(text, mentions, clauseStart, mainVerb, rules, tags, offset) is { } mainSubject
                    ? mainSubject
                    : NearestBefore(mentions, clauseStart, match.Start);
                // "held talks in Cairo under Saudi mediation": the place where it happened is not the subject.
                while (target is not null && IsPlaceOrAlly(text, target, clauseStart))
                {
                    target = NearestBefore(mentions, clauseStart, target.Start);
                }
            }

            if (source is null && sharedSubject is not null)
            {
                rules.Add("coordination: subject shared with the verb before 'and'");
                source = sharedSubject;
            }

            if (source is null && subjectVerb >= 0)
            {
                rules.Add($"coordination: subject of '{text.TokenText(subjectVerb)}' before 'and'");
                source = Subject(text, mentions, clauseStart, subjectVerb, rules, tags, offset);
                if (source is null)
                {
                    return;
                }
            }

            if (source is null)
            {
                source = Subject(text, mentions, clauseStart, match.Start, rules, tags, offset);

                // "The UN sent inspectors to Bosnia to investigate": the subject of a purpose infinitive is that of the
                // verb it completes, not the actor of a place phrase just before it.
                var mark = rules.Count;
                // The actor right before "to" decides, whatever the subject rules made of it ("charities in Kenya").
                if (source is not null && NearestBefore(mentions, clauseStart, match.Start) is { } beforeTo
                    && PurposeClauseVerb(text, mentions, clauseStart, match.Start, beforeTo, tags, offset) is var governing and >= 0
                    && Subject(text, mentions, clauseStart, governing, rules, tags, offset) is { } main && !ReferenceEquals(main, source))
                {
                    rules.Add($"purpose: subject of '{text.TokenText(governing)}'");
                    source = main;
                }

                // "The man, who lost his son in Cairo, praised the ceasefire": a noun event after a verb is that verb's
                // object, and its agent is the verb's subject, found past inserted phrases and relative clauses.
                else if (source is not null && pattern.Kind != EntryKind.Verb && FiniteVerbBetween(text, mentions, source.EndExclusive, match.Start, tags, offset) is var verb and >= 0
                    && Subject(text, mentions, clauseStart, verb, rules, tags, offset) is var verbSubject && !ReferenceEquals(verbSubject, source))
                {
                    rules.Add($"nominal: agent is the subject of '{text.TokenText(verb)}'");
                    source = verbSubject;
                }
                else
                {
                    // Only the rules of the subject used stay.
                    rules.RemoveRange(mark, rules.Count - mark);
                }
            }

            // "Residents said that the shelling lasted all night": whoever reports a noun event is not its agent.
            if (source is not null && pattern.Kind == EntryKind.Noun && SpeechVerbBetween(text, source.EndExclusive, match.Start) is var speech and >= 0)
            {
                rules.Add($"nominal: '{text.TokenText(source.Start)}…' only reports it ('{text.TokenText(speech)}')");
                source = null;
            }

            // A nominal with nobody before it names its agent after "by": "the attack on X by Y".
            if (source is null && pattern.Kind == EntryKind.Noun && FindAgent(text, mentions, match.EndExclusive, targetLimit) is { } agent)
            {
                rules.Add("nominal: source from 'by'");
                source = agent;
            }

            // The first actor after the verb: one a gap of the match stepped over ("allowed that Mordor is ... place")
            // comes before one after the match; not the source, not a place.
            if (target is null && match.GapActor is { } stepped && !ReferenceEquals(stepped, source) && !IsPlaceOrAlly(text, stepped, head + 1))
            {
                target = stepped;
            }

            if (target is null)
            {
                // A meeting's "in" is its venue ("met in Oslo", "held talks in Geneva"), not a party to it: CAMEO's 044 is
                // a meeting at a third place. Other patterns that end in "in" leave the place's country as their target
                // ("arrived in Ankara" visits Turkey, "demonstrated in Serbia" protests against it).
                var venue = pattern.Code is { } meeting && meeting.Code.Value is "040" or "044" or "046"
                    && text.TokenText(match.EndExclusive - 1).Equals("in", StringComparison.OrdinalIgnoreCase);
                target = FirstAfter(mentions, venue ? match.EndExclusive - 1 : match.EndExclusive, targetLimit, PlacesCanBeTargets ? null : text);

                // "Syria offered its troops to Lebanon", "withdrew their forces from the town": the subject's own troops
                // or officials, named by a possessive, are what it acts with, not on; the next actor is the target.
                while (target is not null && source is not null && IsOwnGroup(text, target, source))
                {
                    rules.Add($"object: '{text.TokenText(target.Start)}' belongs to the subject");
                    target = FirstAfter(mentions, target.EndExclusive, targetLimit, PlacesCanBeTargets ? null : text);
                }

                // "began to question whether he has a future with the rebels": "he", "she", "they", "we" are never
                // objects; such a pronoun after the verb is the subject of a clause of its own, and the verb's
                // target is named after it.
                // After "and", "but" or a comma the pronoun opens a clause of its own ("exploded a bomb and he has
                // rockets"): the verb's words have ended, and nothing after it is its target.
                while (target is not null && IsSubjectPronounMention(text, target))
                {
                    rules.Add($"object: '{text.TokenText(target.Start)}' is a subject, not an object");
                    var before = text.TokenText(target.Start - 1);
                    target = before is "," or ";" or "--" || before.Equals("and", StringComparison.OrdinalIgnoreCase) || before.Equals("but", StringComparison.OrdinalIgnoreCase)
                        || before.Equals("or", StringComparison.OrdinalIgnoreCase)
                        ? null
                        : FirstAfter(mentions, target.EndExclusive, targetLimit, PlacesCanBeTargets ? null : text);
                }
            }
            if (target is null && objectAgent is not null && !ReferenceEquals(objectAgent, source))
            {
                rules.Add($"object: target '{text.TokenText(objectAgent.Start)}' named in the object");
                target = objectAgent;
            }
        }

        if (DefaultSource is { } defaultSource && (source is null || (DefaultSourcePrior && source.Start > match.Start)))
        {
            // An actor of no words, standing where the source would: the explanation shows the rule, not a text.
            rules.Add($"source: TABARI's DEFAULT: SOURCE {defaultSource}, no actor {(source is null ? "found" : "before the verb")}");
            source = new ActorMention(match.Start, match.Start, null, null, null, defaultSource, []) { ExplicitCode = defaultSource };
        }

        if (source is null)
        {
            return;
        }

        // "spoke to reporters", "addressed parliament": the country's own press or parliament, named only by its group
        // word, is where a statement or meeting is made, not a party to it.
        if (target is { IsContextGroup: true, Role: "MED" or "LEG" } && pattern.Code is { } channelCode && channelCode.Code.Root is "01" or "04"
            && target.Country == source.Country)
        {
            return;
        }

        // "discussed trade and Taiwan", "talked about energy, security and Ukraine": an actor listed with common nouns
        // after a consultation is one of its topics, not a party to it; the partner is named otherwise (or, for
        // coordinated subjects, is each other).
        if (target is not null && pattern.Code is { } consultation && consultation.Code.Value.StartsWith("04", StringComparison.Ordinal) && IsListedWithTopics(text, mentions, target, tags, offset))
        {
            rules.Add($"object: '{text.TokenText(target.Start)}' is a topic listed with common nouns, not a party");
            target = null;
        }

        if (source.Note is not null)
        {
            rules.Add($"source {source.Note}");
        }

        if (target?.Note is not null)
        {
            rules.Add($"target {target.Note}");
        }

        var sources = Coordinated(text, mentions, source, tags, offset);
        var targets = target is null ? [] : Coordinated(text, mentions, target, tags, offset);
        if (TabariActorSearch)
        {
            sources = TabariCompoundMembers(text, mentions, sources);
            targets = TabariCompoundMembers(text, mentions, targets);
        }

        if (target is not null)
        {
            sources.Remove(target);
            targets.Remove(source);
            if (sources.Count == 0 || targets.Count == 0)
            {
                (sources, targets) = ([source], [target]);
            }
        }

        // "Armenia and Azerbaijan met in Sochi": coordinated subjects of a meeting or an agreement with nobody else
        // named act on each other; so do those of a pattern whose code is the same both ways ("[064:064]": "Israel and
        // Jordan renewed diplomatic ties").
        if (target is null && sources.Count > 1 && pattern.Code is { } mutual
            && (IsMutual(mutual.Code.Value) || EachOtherAt(text, match.EndExclusive) || pattern.ReciprocalCode?.Code == mutual.Code
                || IsAgreedIntent(pattern, mutual.Code.Value)))
        {
            rules.Add($"coordination: {sources.Count} subjects act on each other");
            var modality2 = FindModality(text, sentence, clauseStart, match.Start, rules, pattern);
            foreach (var s in sources)
            {
                foreach (var t in sources)
                {
                    if (!ReferenceEquals(s, t) && s.Code != t.Code)
                    {
                        events.Add(new SentenceEvent(pattern, mutual, match.Start, match.EndExclusive, s, t, modality2, rules));
                    }
                }
            }

            return;
        }

        if (sources.Count > 1 || targets.Count > 1)
        {
            rules.Add($"coordination: {sources.Count} source(s) x {Math.Max(1, targets.Count)} target(s)");
        }

        // "Talks between Serbia and Kosovo": both sides of "between X and Y" do what the noun names.
        var between = match.Source is { } left && match.Target is { } right && pattern.ReciprocalCode is null && IsBetweenPair(text, left, right);
        if (between)
        {
            rules.Add("between: both sides act");
        }

        var modality = FindModality(text, sentence, clauseStart, match.Start, rules, pattern);
        foreach (var s in sources)
        {
            if (targets.Count == 0)
            {
                // "He spoke in Ankara": a plain statement addressed to nobody and reporting nothing is no event.
                if (pattern.Code is not null && pattern.Code.Code.Value != PlainStatementCode)
                {
                    events.Add(new SentenceEvent(pattern, pattern.Code, match.Start, match.EndExclusive, s, null, modality, rules));
                }

                continue;
            }

            var actedOnAnother = false;
            foreach (var t in targets)
            {
                if (t.Code != s.Code)
                {
                    actedOnAnother = true;
                    // An imported "[:CODE]" has only the reverse event (target to source).
                    if (pattern.Code is not null)
                    {
                        events.Add(new SentenceEvent(pattern, pattern.Code, match.Start, match.EndExclusive, s, t, modality, rules));
                        if (between)
                        {
                            events.Add(new SentenceEvent(pattern, pattern.Code, match.Start, match.EndExclusive, t, s, modality, rules));
                        }
                    }

                    if (pattern.ReciprocalCode is { } reciprocal)
                    {
                        events.Add(new SentenceEvent(pattern, reciprocal, match.Start, match.EndExclusive, t, s, modality, [.. rules, "reciprocal: target to source"]));
                    }
                }
            }

            // "Iraq imposed martial law in Baghdad": the only target is the source itself (its capital, its people
            // under the same code), so the act is coded without a target rather than dropped.
            if (!actedOnAnother && pattern.Code is not null && pattern.Code.Code.Value != PlainStatementCode)
            {
                events.Add(new SentenceEvent(pattern, pattern.Code, match.Start, match.EndExclusive, s, null, modality, [.. rules, "target: the source itself, coded without a target"]));
            }
        }
    }

    // A COMPOUND slot: the members of the list act on each other, or, after the head of a clause with a subject
    // ("Eriador agreed with Arnor and Gondor"), the subject acts on each member.
    private void AddCompoundEvents(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, EventPattern pattern, int head, PatternMatch match,
        ActorMention compound, int clauseStart, ReadOnlySpan<CoarseTag> tags, int offset, List<string> rules, List<SentenceEvent> events)
    {
        var members = Coordinated(text, mentions, compound, tags, offset);
        // TABARI's search reads '%' as its manual (5.7) does: the compound is both source and target, whoever precedes it.
        var subject = match.Source ?? (compound.Start > head && !TabariActorSearch ? NearestBefore(mentions, clauseStart, match.Start) : null);
        var sources = subject is null ? members : Coordinated(text, mentions, subject, tags, offset);
        rules.Add(subject is null ? $"compound: {members.Count} actors act on each other" : $"compound: {sources.Count} source(s) x {members.Count} target(s)");
        var modality = FindModality(text, sentence, clauseStart, match.Start, rules, pattern);
        foreach (var s in sources)
        {
            foreach (var t in members)
            {
                if (ReferenceEquals(s, t) || s.Code == t.Code)
                {
                    continue;
                }

                if (pattern.Code is not null)
                {
                    events.Add(new SentenceEvent(pattern, pattern.Code, match.Start, match.EndExclusive, s, t, modality, rules));
                }

                if (pattern.ReciprocalCode is { } reciprocal)
                {
                    events.Add(new SentenceEvent(pattern, reciprocal, match.Start, match.EndExclusive, t, s, modality, [.. rules, "reciprocal: target to source"]));
                }
            }
        }
    }

    private static Modality FindModality(AnalyzedText text, SentenceSpan sentence, int clauseStart, int verb, List<string> rules, EventPattern pattern)
    {
        // Of several cues the strongest wins: "hoped the CSTO would condemn" is desired, "could not agree" negated.
        var best = Modality.Asserted;
        var cue = -1;
        for (var i = verb - 1; i >= clauseStart && i >= verb - 6; i--)
        {
            // "On 12 May 2022": the month, not the modal, which is lower case inside a sentence.
            // "willing to send troops", "offered to send aid to help": an act undertaken is announced, not done.
            if (Strength(best) < Strength(Modality.Future) && i + 1 < verb && UndertakingWords.Contains(text.TokenText(i))
                && text.TokenText(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                (best, cue) = (Modality.Future, i);
                continue;
            }

            // "urging him to send troops", "asked Iran to release them": the act is what the appeal asks for.
            if (Strength(best) < Strength(Modality.Desired) && verb - 1 > i && AppealWords.Contains(text.TokenText(i))
                && text.TokenText(verb - 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                (best, cue) = (Modality.Desired, i);
                continue;
            }

            if (ModalityCues.Lookup.TryGetValue(text.TokenText(i), out var modality) && Strength(modality) > Strength(best)
                && !(i > sentence.FirstToken && text.Tokens[i].Has(TokenFlags.Capitalized) && text.TokenText(i).Equals("May", StringComparison.Ordinal)))
            {
                (best, cue) = (modality, i);
            }

        }

        // "Turkey criticized neither Greece nor Bulgaria": the object list right after the verb denies the act, and so
        // does "no" before its object ("reached no agreement", "offered no concessions").
        if (cue < 0 && NeitherAfter(text, sentence, verb) is var neither and >= 0
            && !(text.TokenText(neither).Equals("no", StringComparison.OrdinalIgnoreCase) && NamesWord(pattern.Text, "no")))
        {
            (best, cue) = (Modality.Negated, neither);
        }

        if (cue >= 0)
        {
            if (best == Modality.Hypothetical && AnnouncedBefore(text, sentence, cue) is { } report)
            {
                rules.Add($"modality: future ('{text.TokenText(cue)}' after '{text.TokenText(report)}': an announcement reported in the past)");
                return Modality.Future;
            }

            rules.Add($"modality: {best.ToString().ToLowerInvariant()} ('{text.TokenText(cue)}')");
            return best;
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

    // Whether a pattern as written names the word ("show no sign" names "no": its "no" is the pattern's, no negation).
    private static bool NamesWord(string patternText, string word)
    {
        var rest = patternText.AsSpan();
        while (rest.Length > 0)
        {
            var blank = rest.IndexOfAny(' ', '_');
            var part = blank < 0 ? rest : rest[..blank];
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            rest = blank < 0 ? [] : rest[(blank + 1)..];
        }

        return false;
    }

    // "Neither" within the three words after a verb ("criticized neither", "met with neither") before any comma or
    // conjunction, or the determiner "no" before a word ("reached no agreement"; not "no longer"), or -1.
    private static int NeitherAfter(AnalyzedText text, SentenceSpan sentence, int verb)
    {
        for (var i = verb + 1; i < sentence.EndTokenExclusive && i <= verb + 3; i++)
        {
            var word = text.TokenText(i);
            if (word.Equals("neither", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            if (word.Equals("no", StringComparison.OrdinalIgnoreCase) && i + 1 < sentence.EndTokenExclusive && text.Tokens[i + 1].Kind == TokenKind.Word
                && !text.TokenText(i + 1).Equals("longer", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            if (word is "," or ";" or ":" || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }

        return -1;
    }

    // "Iraq said it would allow inspectors back": after a past verb of announcing, "would" is the reported "will" of
    // the announcement, not a condition. Returns the announcing verb, or null when "would" stands on its own or the
    // sentence states a condition ("if", "unless").
    private static int? AnnouncedBefore(AnalyzedText text, SentenceSpan sentence, int cue)
    {
        if (!text.TokenText(cue).Equals("would", StringComparison.OrdinalIgnoreCase) && !text.TokenText(cue).Equals("'d", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var i = cue - 1; i >= sentence.FirstToken && i >= cue - 8; i--)
        {
            var word = text.TokenText(i);
            if (ModalityCues.IsCondition(word) || word is "," or ";")
            {
                return null;
            }

            if (AnnouncingVerbs.Contains(word))
            {
                // "said Germany would provide aid if parliament approved it" stays a condition.
                return ModalityCues.ConditionIn(text, cue + 1, sentence.EndTokenExclusive) ? null : i;
            }
        }

        return null;
    }

    // A verb of saying between two positions ("said", "told"; not "announced", whose object noun is often the
    // speaker's own act: "Russia announced a ceasefire").
    private static int SpeechVerbBetween(AnalyzedText text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (SpeechVerbs.Contains(text.TokenText(i)))
            {
                return i;
            }
        }

        return -1;
    }

    // The content of a report follows its verb after "that", a colon, or directly: "said that …", "told Turkey Syria …".
    private static bool ReportsNext(AnalyzedText text, int statementEnd, int nextStart)
    {
        for (var i = statementEnd - 1; i < nextStart; i++)
        {
            var word = text.TokenText(i);
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase) || word is ":" or "\"")
            {
                return true;
            }
        }

        return nextStart - statementEnd <= 3;
    }

    private static int Strength(Modality modality) => modality switch
    {
        Modality.Negated => 4,
        Modality.Desired => 3,
        Modality.Hypothetical => 2,
        Modality.Future => 1,
        _ => 0,
    };

    // "a new military offensive", "the official news agency": a group word before a noun (or a name) describes that
    // noun; it is no actor of its own.
    private static void DropAdjectivalGroups(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, ReadOnlySpan<CoarseTag> tags, int offset, PatternLexicon lexicon)
    {
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var next = mentions[k].EndExclusive;
            // A title before a name ("President Dos Santos") is no adjective: only a group word in lower case can be one.
            if (mentions[k].IsContextGroup && next < sentence.EndTokenExclusive && text.Tokens[next].Kind == TokenKind.Word
                && !text.Tokens[mentions[k].EndExclusive - 1].Has(TokenFlags.Capitalized)
                && (tags[next - offset] == CoarseTag.Noun || (k + 1 < mentions.Count && mentions[k + 1].Start == next)
                    || (tags[next - offset] != CoarseTag.Verb && IsEventNoun(lexicon, text.TokenText(next)))))
            {
                mentions.RemoveAt(k);
            }
        }
    }

    // A word the lexicon knows as an event noun: a tagger may read it as an adjective ("a military offensive").
    private static bool IsEventNoun(PatternLexicon lexicon, ReadOnlySpan<char> word)
    {
        foreach (var candidate in lexicon.Candidates(word))
        {
            if (candidate.Pattern.Kind == EntryKind.Noun)
            {
                return true;
            }
        }

        return false;
    }

    // "Stanislav Zas, the CSTO secretary general, said": a person, a comma, a description that is not a person, a comma —
    // one actor, not two. The description gives the country or organisation when the dictionary knows none for the person.
    // "the European Union (EU)", "Islamic State (IS)": a name or acronym in brackets right after an actor is that actor
    // named again; the bracket joins the mention, so that what follows it ("… (EU) agree") stands right after the actor.
    private static void MergeParentheticalNames(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions)
    {
        var end = sentence.EndTokenExclusive;
        for (var k = 0; k < mentions.Count; k++)
        {
            var open = mentions[k].EndExclusive;
            if (open + 2 >= end || text.TokenText(open) is not ("(" or "[") || (k + 1 < mentions.Count && mentions[k + 1].Start < open))
            {
                continue;
            }

            // One to three capitalised words (or one mention) and the closing bracket.
            var close = open + 1;
            while (close < end && close <= open + 3 && text.Tokens[close].Kind == TokenKind.Word && text.Tokens[close].Has(TokenFlags.Capitalized))
            {
                close++;
            }

            if (close == open + 1 || close >= end || text.TokenText(close) is not (")" or "]"))
            {
                continue;
            }

            // A mention inside the brackets is the same actor only when it has the same code ("(EU)"); another actor
            // in brackets ("Russia (Gazprom)") stays an actor of its own.
            var inside = k + 1 < mentions.Count && mentions[k + 1].Start > open && mentions[k + 1].EndExclusive <= close ? mentions[k + 1] : null;
            if (inside is not null && inside.Code != mentions[k].Code)
            {
                continue;
            }

            mentions[k] = mentions[k] with { EndExclusive = close + 1 };
            if (inside is not null)
            {
                mentions.RemoveAt(k + 1);
            }
        }
    }

    private static void MergeAppositions(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var head = mentions[k];
            var description = mentions[k + 1];
            if (description.Start != head.EndExclusive + 1 || text.TokenText(head.EndExclusive) is not ","
                || !DiscourseMemory.IsPerson(head) || DiscourseMemory.IsPerson(description)
                || ClosingComma(text, sentence, mentions, k + 2, description.EndExclusive, tags, offset) is not { } close)
            {
                continue;
            }

            var known = head.Country is not null || head.Org is not null;
            var descriptionText = text.Text[text.Tokens[description.Start].Start..text.Tokens[close - 1].EndExclusive];
            mentions[k] = (known ? head : head with { Country = description.Country, Org = description.Org, Role = description.Role, ExplicitCode = description.ExplicitCode })
                with { EndExclusive = close, Note = $"apposition: '{descriptionText}'" };
            mentions.RemoveAt(k + 1);
        }
    }

    // The comma that closes an appositive, after at most three more nouns or modifiers ("the CSTO secretary general,")
    // and before any verb or other actor: "Putin, the Kremlin said," is no apposition.
    private static int? ClosingComma(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int nextMention, int from, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var limit = Math.Min(sentence.EndTokenExclusive, from + 4);
        if (nextMention < mentions.Count)
        {
            limit = Math.Min(limit, mentions[nextMention].Start);
        }

        for (var i = from; i < limit; i++)
        {
            if (text.TokenText(i) is ",")
            {
                return i;
            }

            if (tags[i - offset] == CoarseTag.Verb || !char.IsLetter(text.TokenText(i)[0]))
            {
                return null;
            }
        }

        return null;
    }

    private static bool HasPronoun(AnalyzedText text, SentenceSpan sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndTokenExclusive; i++)
        {
            var word = text.TokenText(i);
            if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)
                || word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("it", StringComparison.OrdinalIgnoreCase)
                || word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "It condemned Kosovo" after "The Serbian government issued a statement", "Egypt criticized Israel, and later it
    // asked Jordan to mediate", "Russia told Ukraine it would withdraw": "it" before a verb is the subject of that verb
    // and speaks of a country or organisation — unless it is the "it" of "it is expected", "it has been reported", "it
    // seems", "it would be difficult", which stands for no actor. Inside a sentence the tagger must read the next word
    // as a verb ("made it clear" has no verb after "it").
    private static bool IsSubjectIt(AnalyzedText text, SentenceSpan sentence, int i, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        if (!text.TokenText(i).Equals("it", StringComparison.OrdinalIgnoreCase) || i + 1 >= sentence.EndTokenExclusive
            || text.Tokens[i + 1].Kind != TokenKind.Word || (i != sentence.FirstToken && tags[i + 1 - offset] != CoarseTag.Verb))
        {
            return false;
        }

        var next = text.TokenText(i + 1);
        if (BeLookup.Contains(next) || next.Equals("seems", StringComparison.OrdinalIgnoreCase) || next.Equals("appears", StringComparison.OrdinalIgnoreCase)
            || next.Equals("remains", StringComparison.OrdinalIgnoreCase) || next.Equals("takes", StringComparison.OrdinalIgnoreCase)
            || next.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "it has condemned", "it would send" speak of an actor; "it has been", "it would be", "it will not be" need not.
        if (VerbGroupWords.Contains(next))
        {
            for (var k = i + 2; k < sentence.EndTokenExclusive && k <= i + 3; k++)
            {
                var word = text.TokenText(k);
                if (word.Equals("be", StringComparison.OrdinalIgnoreCase) || word.Equals("been", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                if (!word.Equals("not", StringComparison.OrdinalIgnoreCase) && !word.Equals("n't", StringComparison.OrdinalIgnoreCase)
                    && !word.Equals("also", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }
            }
        }

        return true;
    }

    // Adverbs and commas that may stand between a clause boundary and the subject pronoun after it ("and later it").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLeadIns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, ",", "then", "later", "also", "subsequently", "however", "now", "again", "so", "instead", "meanwhile")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs that address someone before the content of what is said: "told Ukraine it would", "assured Iraq he would".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AddressingVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "told", "tells", "tell", "assured", "assures", "informed", "informs", "warned", "warns", "promised", "promises", "reminded")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether the subject pronoun at i opens a clause whose subject is, by default, that of the sentence: a clause joined
    // by "and" or "but" ("Greece urged Turkey to withdraw and then it asked Cyprus to help") or what was said ("Russia
    // told Ukraine it would withdraw", "Putin said that he …"). Elsewhere the pronoun stands for the actor last named.
    private static bool OpensClauseOfTheSubject(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int next, int i)
    {
        var k = i - 1;
        while (k > sentence.FirstToken && PronounLeadIns.Contains(text.TokenText(k)))
        {
            k--;
        }

        if (k < sentence.FirstToken || k == i - 1 && text.TokenText(k) is ",")
        {
            return false;
        }

        var word = text.TokenText(k);
        if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
            || word.Equals("that", StringComparison.OrdinalIgnoreCase) || ReportingVerbs.Contains(word) || AnnouncingVerbs.Contains(word))
        {
            return true;
        }

        // "told Ukraine it would": the one addressed ends right before the pronoun.
        return next > 0 && mentions[next - 1].EndExclusive == k + 1 && mentions[next - 1].Start > sentence.FirstToken
            && AddressingVerbs.Contains(text.TokenText(mentions[next - 1].Start - 1));
    }

    // "her" before a noun is a possessive ("her government"); before punctuation, a preposition or "to" it is an object.
    private static bool IsObjectHer(AnalyzedText text, SentenceSpan sentence, int i) =>
        i + 1 >= sentence.EndTokenExclusive || text.Tokens[i + 1].Kind != TokenKind.Word || NotInNounPhrase.Contains(text.TokenText(i + 1))
        || text.TokenText(i + 1).Equals("of", StringComparison.OrdinalIgnoreCase);

    // An entry of an imported dictionary does not say whether it names a person or a group: a pronoun of either kind may
    // stand for it.
    private static bool IsImported(ActorMention mention)
    {
        // Indexed: an interface's enumerator is an object, and this runs for every mention of every sentence.
        var entries = mention.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Kind == Lexicon.ActorKind.Imported)
            {
                return true;
            }
        }

        return false;
    }

    // The last actor of the kind before position `next` of the mentions whose code is not `excluded`: an object
    // pronoun ("Germany asked him") stands for someone other than the subject of its verb.
    private static ActorMention? LastOfKindBefore(List<ActorMention> mentions, int next, bool personal, string? excluded)
    {
        for (var k = next - 1; k >= 0; k--)
        {
            var mention = mentions[k];
            if ((personal ? DiscourseMemory.IsPersonal(mention) || IsImported(mention) : !DiscourseMemory.IsPersonal(mention)) && mention.Code != excluded)
            {
                return mention;
            }
        }

        return null;
    }

    // "He", "she", "it" or "they" as a subject: the actor of the kind last named in this sentence (the first named, the
    // sentence's subject, when the pronoun opens a joined clause or what was said), else the one of the sentences before.
    // "Him", "her", "it" as an object: the actor of the kind last named before it other than the subject of its verb.
    private static void ResolvePronouns(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, DiscourseMemory memory, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        ActorMention? firstPerson = null, lastPerson = null, firstGroup = null, lastGroup = null;
        var memoryPerson = memory.LastPerson ?? (memory.LastGroup is { } imported && IsImported(imported) ? imported : null);
        var next = 0;
        for (var i = sentence.FirstToken; i < sentence.EndTokenExclusive; i++)
        {
            if (next < mentions.Count && mentions[next].Start <= i)
            {
                var mention = mentions[next];
                // An imported possessor of a thing ("Gondor's health centres") is no one a "he" stands for.
                if (DiscourseMemory.IsPersonal(mention) || (IsImported(mention) && !(mention.EndExclusive < sentence.EndTokenExclusive && text.TokenText(mention.EndExclusive) is "'s")))
                {
                    firstPerson ??= mention;
                    lastPerson = mention;
                }

                if (!DiscourseMemory.IsPersonal(mention))
                {
                    firstGroup ??= mention;
                    lastGroup = mention;
                }

                i = mention.EndExclusive - 1;
                next++;
                continue;
            }

            var word = text.TokenText(i);
            var personal = word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase);
            var plural = word.Equals("they", StringComparison.OrdinalIgnoreCase);
            var subjectIt = IsSubjectIt(text, sentence, i, tags, offset);
            ActorMention? antecedent = null;
            if (personal || plural || subjectIt)
            {
                var ofSubject = OpensClauseOfTheSubject(text, sentence, mentions, next, i);
                antecedent = personal ? (ofSubject ? firstPerson : lastPerson) ?? memoryPerson : (ofSubject ? firstGroup : lastGroup) ?? memory.LastGroup;
            }
            else if (word.Equals("him", StringComparison.OrdinalIgnoreCase) || (word.Equals("her", StringComparison.OrdinalIgnoreCase) && IsObjectHer(text, sentence, i))
                || (word.Equals("it", StringComparison.OrdinalIgnoreCase) && i > sentence.FirstToken && tags[i - 1 - offset] == CoarseTag.Verb && !BeLookup.Contains(text.TokenText(i - 1))))
            {
                // The subject of the verb before the object pronoun: the actor right before that verb ("Germany asked him").
                var objectPersonal = !word.Equals("it", StringComparison.OrdinalIgnoreCase);
                var subject = next > 0 && OnlyVerbGroupBetween(text, tags, offset, mentions[next - 1].EndExclusive, i) ? mentions[next - 1].Code : null;
                antecedent = LastOfKindBefore(mentions, next, objectPersonal, subject);
                if (antecedent is null)
                {
                    var remembered = objectPersonal ? memoryPerson : memory.LastGroup;
                    antecedent = remembered is not null && remembered.Code != subject ? remembered : objectPersonal ? null : memory.OtherGroup;
                    if (antecedent is not null && antecedent.Code == subject)
                    {
                        antecedent = null;
                    }
                }
            }

            // "It accused them": an object pronoun stands for a group other than the subject's — the last one named
            // in this sentence after its subject, else the other group of the sentence before.
            // After "of" ("many of them", "some of them") it is partitive and stands for the group just named.
            if (word.Equals("them", StringComparison.OrdinalIgnoreCase) && !(i > sentence.FirstToken && text.TokenText(i - 1).Equals("of", StringComparison.OrdinalIgnoreCase)))
            {
                antecedent = lastGroup is not null && firstGroup is not null && lastGroup.Code != firstGroup.Code ? lastGroup
                    : firstGroup is null || memory.OtherGroup?.Code != firstGroup.Code ? memory.OtherGroup : null;
            }

            if (antecedent is null)
            {
                continue;
            }

            // "Two bombers killed 23 people when they blew themselves up": the subject of a clause opened by "when",
            // "after" or "because" is, by default, the subject of the sentence, not the last actor named.
            if ((personal || plural) && next > 0 && i > sentence.FirstToken && AdverbialSubordinators.Contains(text.TokenText(i - 1))
                && mentions[0].Start <= sentence.FirstToken + 2 && DiscourseMemory.IsPersonal(mentions[0]) == personal)
            {
                antecedent = mentions[0];
            }

            // "They" after a list stands for each of its actors.
            IReadOnlyList<ActorMention>? members = null;
            if (plural)
            {
                members = antecedent.Members
                    ?? (ReferenceEquals(antecedent, memory.LastGroup) ? memory.LastGroupList : mentions.Contains(antecedent) && Coordinated(text, mentions, antecedent, tags, offset) is { Count: > 1 } list ? list : null);
            }

            var resolved = antecedent with
            {
                Start = i, EndExclusive = i + 1, Note = $"coreference: '{word}' -> {(members is null ? antecedent.Name : string.Join(", ", members.Select(m => m.Name)))}",
                Members = members?.Select(m => m with { Start = i, EndExclusive = i + 1, Members = null }).ToList(),
            };
            mentions.Insert(next, resolved);
            next++;
        }
    }

    // Nothing but a verb group (auxiliaries, adverbs, the verb itself) between two positions: "Germany later asked him".
    private static bool OnlyVerbGroupBetween(AnalyzedText text, ReadOnlySpan<CoarseTag> tags, int offset, int from, int to)
    {
        if (to - from > 4)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            var word = text.TokenText(k);
            if (text.Tokens[k].Kind != TokenKind.Word || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
                || word.Equals("or", StringComparison.OrdinalIgnoreCase) || tags[k - offset] == CoarseTag.Noun)
            {
                return false;
            }
        }

        return true;
    }

    // Words that open a clause of its own: a noun event after them is not the object of the event before them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "that", "which", "who", "whom", "whose", "while", "whereas", "because", "although", "though", "if", "unless",
        "whether", "when", "where", "\"", "``", "''")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotModifiers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "of", "in", "on", "at", "to", "for", "with", "by", "from", "against", "and", "or", "but", "that", "said", "says")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Time words a tagger reads as nouns: "talks today" is no compound.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
        "month", "year", "day", "time", "times", "overnight", "earlier", "later")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // "a British aid worker", "drone attack", "missile strikes": an event noun matched alone before another common noun
    // modifies that noun; the compound names a thing (or the event of its own head), not an event of the first word.
    private static bool IsCompoundModifier(AnalyzedText text, List<ActorMention> mentions, EventPattern pattern, int head, PatternMatch match, int end, ReadOnlySpan<CoarseTag> tags, int offset,
        PatternLexicon lexicon)
    {
        var next = head + 1;
        if (pattern.Kind != EntryKind.Noun || match.EndExclusive != next || match.Start != head || next >= end
            || tags[next - offset] != CoarseTag.Noun || text.Tokens[next].Kind != TokenKind.Word
            || text.Tokens[next].Has(TokenFlags.Capitalized) || TimeNouns.Contains(text.TokenText(next)) || InsideMention(mentions, next))
        {
            return false;
        }

        // Only where the compound's head is an event noun itself: "a mediation mission" and "peacekeeping troops" keep
        // the event of their first word.
        foreach (var candidate in lexicon.Candidates(text.TokenText(next)))
        {
            if (candidate.Pattern.Kind == EntryKind.Noun)
            {
                return true;
            }
        }

        return false;
    }

    // The earlier event whose object or complement the noun event of match m is, or -1. A noun event without a SOURCE
    // slot that follows an event of its clause with no finite verb and no clause opener between ("criticized Greece over
    // the detention of migrants", "accused Armenia of sabotaging the peace talks") is what that event is about: coding it
    // with the nearest actor before it as its source would make the object of one event the agent of another.
    private static int GoverningEvent(AnalyzedText text, SentenceSpan sentence, List<(PatternCandidate Candidate, int Head, PatternMatch Match, bool Passive)> matches, int m,
        ReadOnlySpan<CoarseTag> tags, int offset, bool[] yielded, bool objectWithSource = false)
    {
        // A noun that names its own source ("an offer from Kabul") is still the object; it is only not dropped.
        // An imported TABARI pattern whose head may be any part of speech is a noun event where the head reads as a noun
        // ("abandoned an anti- Gondor parade").
        var (candidate, head, match, _) = matches[m];
        var noun = candidate.Pattern.Kind == EntryKind.Noun || (candidate.HeadAnyPartOfSpeech && tags[head - offset] == CoarseTag.Noun);
        if (!noun || (match.Source is not null && !objectWithSource) || m == 0)
        {
            return -1;
        }

        var clauseStart = ClauseStart(text, sentence, match.Start);
        for (var p = m - 1; p >= 0; p--)
        {
            var earlier = matches[p];
            if (earlier.Match.EndExclusive > match.Start || earlier.Match.Start < clauseStart)
            {
                return -1;
            }

            if (earlier.Candidate.Pattern.Code is null && earlier.Candidate.Pattern.ReciprocalCode is null)
            {
                continue;
            }

            // Between the two: only modifiers, prepositions, infinitives and gerunds ("for its efforts to secure a").
            for (var k = earlier.Match.EndExclusive; k < match.Start; k++)
            {
                var word = text.TokenText(k);
                // "struck Gaza, drawing condemnation from Egypt": a participle clause after a comma is no object either.
                if (ClauseOpeners.Contains(word) || word is ";" or ":" or "(" or ")"
                    || (word is "," && k + 1 < match.Start && tags[k + 1 - offset] == CoarseTag.Verb && text.TokenText(k + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                    || (tags[k - offset] == CoarseTag.Verb && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                        && !(k > sentence.FirstToken && text.TokenText(k - 1).Equals("to", StringComparison.OrdinalIgnoreCase))))
                {
                    return -1;
                }
            }

            // "was murdered in an attack by Y": a passive without its agent is no event, and its complement stays one.
            return yielded[p] ? p : -1;
        }

        return -1;
    }

    // "in an attack", "in a bomb attack on the village": 'in' and at most an article and two modifiers before the noun.
    private static bool IsMannerPhrase(AnalyzedText text, SentenceSpan sentence, int nounStart)
    {
        for (var k = nounStart - 1; k >= sentence.FirstToken && k >= nounStart - 4; k--)
        {
            var word = text.TokenText(k);
            if (word.Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (text.Tokens[k].Kind != TokenKind.Word || NotModifiers.Contains(word) || text.Tokens[k].Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }

        return false;
    }

    // "accused each other", "met one another".
    private static bool EachOtherAt(AnalyzedText text, int at) =>
        at + 1 < text.Tokens.Count
        && ((text.TokenText(at).Equals("each", StringComparison.OrdinalIgnoreCase) && text.TokenText(at + 1).Equals("other", StringComparison.OrdinalIgnoreCase))
            || (text.TokenText(at).Equals("one", StringComparison.OrdinalIgnoreCase) && text.TokenText(at + 1).Equals("another", StringComparison.OrdinalIgnoreCase)));

    // "between Israel and Hamas": the source slot right after "between" (and an article), the target after "and".
    private static bool IsBetweenPair(AnalyzedText text, ActorMention left, ActorMention right)
    {
        if (right.Start - left.EndExclusive != 1 || !text.TokenText(left.EndExclusive).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = left.Start - 1;
        if (before >= 0 && text.TokenText(before).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        return before >= 0 && text.TokenText(before).Equals("between", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "then", "later", "again", "subsequently", "reportedly")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // "… and exploded", "…, and later attacked", "… or shelled": the verb's words are preceded, past at most two auxiliaries or
    // adverbs, by "and", "but" or "or".
    // The verb of saying that opens a report ("said on Friday that") before the "and" in front of a verb, or -1.
    private static int ReportingVerbBefore(AnalyzedText text, SentenceSpan sentence, int verbStart)
    {
        var and = verbStart - 1;
        while (and > sentence.FirstToken && !(text.TokenText(and).Equals("and", StringComparison.OrdinalIgnoreCase) || text.TokenText(and).Equals("but", StringComparison.OrdinalIgnoreCase)))
        {
            and--;
        }

        for (var k = and - 1; k > sentence.FirstToken; k--)
        {
            if (text.TokenText(k) is ";" or ":")
            {
                return -1;
            }

            if (text.TokenText(k).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                // "said that", "said on Friday that": the verb of saying within four words before "that".
                for (var r = k - 1; r > sentence.FirstToken && r >= k - 4; r--)
                {
                    if (SpeechVerbs.Contains(text.TokenText(r)))
                    {
                        return r;
                    }
                }
            }
        }

        return -1;
    }

    private static bool FollowsCoordinator(AnalyzedText text, SentenceSpan sentence, int verbStart)
    {
        for (var k = verbStart - 1; k > sentence.FirstToken && k >= verbStart - 3; k--)
        {
            var word = text.TokenText(k);
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
                || word.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!Auxiliaries.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    // The subject before a verb: the nearest actor before it in its clause — unless the verb follows a comma that closes
    // an apposition or a relative clause ("Pakistan, a key U.S. ally in the war, has refused"; "Russia, which backs Syria,
    // criticized …"): then the actor right before the opening comma.
    private static ActorMention? Subject(AnalyzedText text, List<ActorMention> mentions, int clauseStart, int verbStart, List<string> rules, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var k = verbStart - 1;
        while (k > clauseStart && Auxiliaries.Contains(text.TokenText(k)))
        {
            k--;
        }

        if (k > clauseStart && text.TokenText(k) is ",")
        {
            for (var open = k - 1; open > clauseStart; open--)
            {
                if (text.TokenText(open) is ",")
                {
                    foreach (var mention in mentions)
                    {
                        if (mention.EndExclusive == open && mention.Start >= clauseStart && open - mention.Start >= 0 && k - open > 1)
                        {
                            rules.Add($"apposition: subject '{text.TokenText(mention.Start)}…' before the inserted phrase");
                            return mention;
                        }
                    }

                    break;
                }
            }

            // "Russell, who lost his son in a bombing in London, said": nothing inside a relative clause set off by
            // commas is the subject of the verb after it; the subject stands before the clause, or is no actor.
            for (var open = k - 1; open > clauseStart; open--)
            {
                if (text.TokenText(open) is "," && IsRelativePronoun(text.TokenText(open + 1)))
                {
                    rules.Add("relative clause: subject before it");
                    return NearestBefore(mentions, clauseStart, open);
                }
            }
        }

        // "Rebels backed by Iran attacked …": the agent of a reduced relative is not the subject; the noun it follows is.
        var nearest = NearestBefore(mentions, clauseStart, verbStart);

        // "The man who attacked the embassy was arrested": the last actor of a relative clause right before the verb is
        // that clause's object; the subject is the noun the clause follows, or no actor.
        if (nearest is not null && RelativeClauseBefore(text, clauseStart, nearest, verbStart) is var relative and >= 0)
        {
            rules.Add($"relative clause: '{text.TokenText(nearest.Start)}…' belongs to the clause after '{text.TokenText(relative)}'");
            return MentionEndingAt(mentions, relative);
        }

        if (nearest is not null && AgentOfReducedRelative(text, clauseStart, nearest) is var participle and >= 0)
        {
            rules.Add($"reduced relative: '{text.TokenText(nearest.Start)}…' is the agent of '{text.TokenText(participle)}'");
            return MentionEndingAt(mentions, participle);
        }

        // "Gollum, the centre of a row between Radagast and Gondor, called …": an actor after "between" or "against" is
        // the object of a preposition inside the subject's noun phrase, never the subject; the actor that phrase
        // qualifies is.
        if (nearest is not null && QualifiedByPrepositionalObject(text, mentions, clauseStart, nearest, tags, offset) is { } qualified)
        {
            rules.Add($"subject: '{text.TokenText(nearest.Start)}…' is the object of '{text.TokenText(qualified.Preposition)}' inside the subject");
            return qualified.Head;
        }

        // "Rebels in the Ivory Coast dismissed …": the place or country in a prepositional phrase after the subject's head
        // qualifies the head; the head acts.
        if (nearest is not null)
        {
            var p = nearest.Start - 1;
            if (p > clauseStart && text.TokenText(p).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                p--;
            }

            if (p > clauseStart && (text.TokenText(p).Equals("in", StringComparison.OrdinalIgnoreCase) || text.TokenText(p).Equals("from", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var mention in mentions)
                {
                    if (mention.EndExclusive == p && mention.Start >= clauseStart)
                    {
                        rules.Add($"subject: '{text.TokenText(mention.Start)}…' qualified by a place");
                        return mention;
                    }
                }
            }
        }

        return nearest;
    }

    // When the actor (or the list it ends: "between Serbia and Kosovo") is the object of "between" or "against", and the
    // words before that preposition are a noun phrase with its prepositional phrases ("envoy at the heart of the
    // dispute"; no verb, comma, conjunction or pronoun) right after another actor in the clause, that actor and the
    // preposition; otherwise null.
    private static (ActorMention Head, int Preposition)? QualifiedByPrepositionalObject(AnalyzedText text, List<ActorMention> mentions, int clauseStart,
        ActorMention mention, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var k = mention.Start - 1;
        while (true)
        {
            if (k > clauseStart && text.TokenText(k).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                k--;
            }

            // Step back over a coordinated actor: "between Serbia and Kosovo".
            if (k > clauseStart && (text.TokenText(k).Equals("and", StringComparison.OrdinalIgnoreCase) || text.TokenText(k) is ",")
                && MentionEndingAt(mentions, k) is { } earlier && earlier.Start >= clauseStart)
            {
                k = earlier.Start - 1;
                continue;
            }

            break;
        }

        if (k <= clauseStart || !(text.TokenText(k).Equals("between", StringComparison.OrdinalIgnoreCase) || text.TokenText(k).Equals("against", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var preposition = k;
        var noun = false;
        for (var i = preposition - 1; i >= clauseStart && i >= preposition - 10; i--)
        {
            if (MentionEndingAt(mentions, i + 1) is { } head)
            {
                return noun && head.Start >= clauseStart ? (head, preposition) : null;
            }

            var word = text.TokenText(i);
            if (text.Tokens[i].Kind != TokenKind.Word || (NotInNounPhrase.Contains(word) && !IsPreposition(word)) || tags[i - offset] == CoarseTag.Verb)
            {
                return null;
            }

            noun |= tags[i - offset] == CoarseTag.Noun;
        }

        return null;
    }

    private static bool IsRelativePronoun(ReadOnlySpan<char> word) =>
        word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase)
        || word.Equals("whose", StringComparison.OrdinalIgnoreCase) || word.Equals("whom", StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "on", "against", "into", "toward", "towards", "the")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // "after talks", "amid the protests", "despite international criticism": a preposition of time or circumstance right
    // before a noun event's words (its article and up to two modifiers between) in [from, nounStart).
    private static bool IsCircumstancePreposition(AnalyzedText text, int from, int nounStart)
    {
        for (var k = nounStart - 1; k >= from && k >= nounStart - 4; k--)
        {
            var word = text.TokenText(k);
            if (word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("before", StringComparison.OrdinalIgnoreCase)
                || word.Equals("during", StringComparison.OrdinalIgnoreCase) || word.Equals("amid", StringComparison.OrdinalIgnoreCase)
                || word.Equals("despite", StringComparison.OrdinalIgnoreCase) || word.Equals("following", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (text.Is(k, WordTraits.Structural) && !text.Is(k, WordTraits.Article))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAdjunctPreposition(ReadOnlySpan<char> word) =>
        word.Equals("with", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase)
        || word.Equals("under", StringComparison.OrdinalIgnoreCase) || word.Equals("through", StringComparison.OrdinalIgnoreCase)
        || word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("after", StringComparison.OrdinalIgnoreCase);

    // The first verb pattern of the head that is the verb and a class of places ("capture $PLACES") when a place the
    // gazetteer knows stands right after the head (or after "the"): the place is the kind of thing the class names.
    private (PatternCandidate Candidate, PatternMatch Match, bool Passive)? PlaceKindMatch(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int head,
        ReadOnlySpan<PatternCandidate> candidates, int end, bool nounAfterNoun)
    {
        // Only a capitalised word can be a town's name (after the head, after "the", or the passive subject before it).
        var place = head + 1 < end && text.Is(head + 1, WordTraits.Article) ? head + 2 : head + 1;
        if (!(place < end && text.Tokens[place].Has(TokenFlags.Capitalized)) && !PrecededByBe(text, ClauseStart(text, sentence, head), head))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var pattern = candidate.Pattern;
            if (candidate.Kind != EntryKind.Verb || candidate.HeadReadByPosition || pattern.Before.Count != 0 || pattern.After.Count != 1
                || pattern.After[0] is not { Kind: PatternElementKind.Class, Class: { } places } || !places.Contains(PlaceKindWords)
                || !HeadFits(text, sentence, head, candidate, CoarseTag.Verb, nounAfterNoun))
            {
                continue;
            }

            // "Bakhmut was captured by Russian troops": in the passive the place is the subject.
            var clauseStart = ClauseStart(text, sentence, head);
            if (PrecededByBe(text, clauseStart, head))
            {
                if ((candidate.Form & VerbForm.PastParticiple) != 0 && PlaceAfter(text, mentions, head + 1, end, clauseStart, head) is not null)
                {
                    return (candidate, new PatternMatch(head, head + 1, null, null, 0), true);
                }

                continue;
            }

            if (place < end && PlaceAfter(text, mentions, place, end, -1, head) is { } named && named.Start == place)
            {
                return (candidate, new PatternMatch(head, head + 1, null, null, place - head - 1), false);
            }
        }

        return null;
    }

    // A word a class of places has as a member: "town" ($PLACES = town | city | ...).
    private static readonly string[] PlaceKindWords = ["town"];

    // A gazetteer place standing as the object (right after the match, or after "on", "against", "into") — or, for a
    // passive, as the subject at the start of the clause ("Kharkiv was shelled") — as an actor of its country. Only
    // where no actor stands there: "in Kharkiv" stays where, and an actor named instead wins.
    private ActorMention? PlaceAfter(AnalyzedText text, List<ActorMention> mentions, int from, int end, int passiveClauseStart, int matchStart)
    {
        if (_places is null)
        {
            return null;
        }

        var start = -1;
        if (passiveClauseStart >= 0)
        {
            start = passiveClauseStart;
            if (text.TokenText(start).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                start++;
            }
        }
        else
        {
            start = from;
            for (var k = 0; k < 2 && start < end && PlacePrepositions.Contains(text.TokenText(start)); k++)
            {
                start++;
            }

            if (start > from && (text.TokenText(from - 1).Equals("in", StringComparison.OrdinalIgnoreCase) || text.TokenText(from - 1).Equals("at", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            // "a strike on the centre of Odesa", "shelled the outskirts of Kharkiv": the place named after a part of it.
            // ("the" was stepped over above).
            if (start + 2 < end && LocationFinder.IsPlaceNoun(text.TokenText(start)) && !text.Tokens[start].Has(TokenFlags.Capitalized)
                && text.TokenText(start + 1).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                start += 2;
            }
        }

        if (start >= end || start >= text.Tokens.Count || !text.Tokens[start].Has(TokenFlags.Capitalized) || InsideMention(mentions, start)
            || (start > 0 && IsLocative(text.TokenText(start - 1))))
        {
            return null;
        }

        var length = _places.Match(text, start, passiveClauseStart >= 0 ? matchStart : end, out var place);
        // "shelled Punjab": a region of two countries' name stands for neither.
        if (length == 0 || place is null || (passiveClauseStart >= 0 && !PrecededByBe(text, start + length, matchStart)) || _places.IsUndecided(place))
        {
            return null;
        }

        return new ActorMention(start, start + length, place.Country, null, null, place.Name, [])
        {
            Note = $"place: '{text.TokenText(start)}' stands for its country {place.Country}",
        };
    }

    private static bool IsLocative(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("near", StringComparison.OrdinalIgnoreCase)
        || word.Equals("from", StringComparison.OrdinalIgnoreCase);

    // The agent of a noun event: its SOURCE slot, a possessor or adjective right before it ("Minsk's call",
    // "a Russian offer"), or the actor after "by" or "from" right after it ("calls by Minsk", "an offer from Kabul").
    private static ActorMention? AgentOfNominal(AnalyzedText text, List<ActorMention> mentions, EventPattern pattern, PatternMatch match, int notBefore)
    {
        if (match.Source is not null)
        {
            return match.Source;
        }

        if (pattern.Kind != EntryKind.Noun)
        {
            return null;
        }

        foreach (var mention in mentions)
        {
            var gap = match.Start - mention.EndExclusive;
            if (mention.Start >= notBefore && gap >= 0 && gap <= 2 && (gap == 0 || text.TokenText(mention.EndExclusive) is "'s" || IsModifierRun(text, mention.EndExclusive, match.Start)))
            {
                return mention;
            }
        }

        for (var i = match.EndExclusive; i < match.EndExclusive + 2 && i < text.Tokens.Count; i++)
        {
            var word = text.TokenText(i);
            if (word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var mention in mentions)
                {
                    if (mention.Start > i && mention.Start <= i + 2)
                    {
                        return mention;
                    }
                }
            }
        }

        return null;
    }

    private static bool IsModifierRun(AnalyzedText text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var word = text.TokenText(k);
            if (!(word is "'s") && (text.Tokens[k].Kind != TokenKind.Word || NotModifiers.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    // "The attack on Kyiv by Russia killed five", "The Turkish attack on Syria killed three": a verb whose nearest actor
    // belongs to a noun event before it (in its words, its adjective, or its "by" agent) has that event as its subject;
    // it tells what the event did, and its actors are not the verb's.
    // Whether the verb of matches[m], a passive after "be", has the noun event of matches[m - 1] as its subject: the noun
    // stands in the verb's clause with only modifiers or an actor before it, and nothing but its own phrases (no verb,
    // no comma) between it and the verb group ("Russian strikes on Kyiv's suburbs were condemned").
    private static bool IsPassiveSubjectEvent(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions,
        List<(PatternCandidate Candidate, int Head, PatternMatch Match, bool Passive)> matches, int m, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var (candidate, _, match, _) = matches[m];
        var noun = matches[m - 1];
        var clauseStart = ClauseStart(text, sentence, match.Start);
        if (candidate.Pattern.Kind != EntryKind.Verb || noun.Candidate.Pattern.Kind != EntryKind.Noun || noun.Match.Start < clauseStart
            || noun.Match.EndExclusive > match.Start || !PrecededByBe(text, clauseStart, match.Start))
        {
            return false;
        }

        for (var k = clauseStart; k < noun.Match.Start; k++)
        {
            if (!InsideMention(mentions, k) && !IsModifierRun(text, k, k + 1))
            {
                return false;
            }
        }

        for (var k = noun.Match.EndExclusive; k < match.Start; k++)
        {
            if ((text.Tokens[k].Kind != TokenKind.Word && text.TokenText(k) is not "'s") || ClauseOpeners.Contains(text.TokenText(k))
                || (tags[k - offset] == CoarseTag.Verb && !VerbGroupWords.Contains(text.TokenText(k)) && !InsideMention(mentions, k)))
            {
                return false;
            }
        }

        return true;
    }

    // "…a missile strike on Odesa, which killed five people": a verb whose subject is "which" after a comma, where the
    // noun phrase before the comma is headed by a noun event, tells that event again, as a verb with the event as its
    // subject does ("The strike killed five").
    private static bool IsRelativeOfNominalEvent(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions,
        List<(PatternCandidate Candidate, int Head, PatternMatch Match, bool Passive)> matches, int m, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var (candidate, _, match, _) = matches[m];
        if (candidate.Pattern.Kind != EntryKind.Verb || m == 0)
        {
            return false;
        }

        var which = match.Start - 1;
        while (which > sentence.FirstToken && VerbGroupWords.Contains(text.TokenText(which)))
        {
            which--;
        }

        if (which - 1 <= sentence.FirstToken || !text.TokenText(which).Equals("which", StringComparison.OrdinalIgnoreCase) || text.TokenText(which - 1) is not ",")
        {
            return false;
        }

        // The event noun is a noun event of its own, or ends the match of a verb ("launched a missile strike on Odesa").
        var noun = matches[m - 1];
        var last = noun.Match.EndExclusive - 1;
        if (noun.Candidate.Pattern.Code is null || noun.Match.EndExclusive > which - 1
            || !(noun.Candidate.Pattern.Kind == EntryKind.Noun || (tags[last - offset] == CoarseTag.Noun && !InsideMention(mentions, last))))
        {
            return false;
        }

        // Between the noun and the comma only its prepositional phrases and names ("the attack on tourists near Pahalgam
        // in Indian-administered Kashmir, which killed 26"): another common noun would head the relative clause.
        for (var k = noun.Match.EndExclusive; k < which - 1; k++)
        {
            var word = text.TokenText(k);
            if (text.Tokens[k].Kind != TokenKind.Word || ClauseOpeners.Contains(word)
                || (tags[k - offset] == CoarseTag.Verb && !InsideMention(mentions, k))
                || (tags[k - offset] == CoarseTag.Noun && !text.Tokens[k].Has(TokenFlags.Capitalized) && !InsideMention(mentions, k)
                    && !(LocationFinder.IsPlaceNoun(word) && text.TokenText(k + 1).Equals("of", StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasNominalEventAsSubject(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, List<(PatternCandidate Candidate, int Head, PatternMatch Match, bool Passive)> matches, int m,
        ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var (candidate, _, match, _) = matches[m];
        if (match.Source is not null || m == 0)
        {
            return false;
        }

        // "The arrest of the journalist by Kenyan police drew protests": a noun event after a verb whose subject is a
        // noun event is that verb's object, and the actors of the subject's event are not its agents.
        var verb = match.Start;
        if (candidate.Pattern.Kind != EntryKind.Verb)
        {
            verb = candidate.Pattern.Kind == EntryKind.Noun ? FiniteVerbBetween(text, mentions, matches[m - 1].Match.EndExclusive, match.Start, tags, offset) : -1;
            if (verb < 0 || NearestBefore(mentions, matches[m - 1].Match.EndExclusive, match.Start) is { } between && between.Start > verb)
            {
                return false;
            }
        }

        var clauseStart = ClauseStart(text, sentence, match.Start);
        var noun = matches[m - 1];
        if (noun.Candidate.Pattern.Kind != EntryKind.Noun || noun.Candidate.Pattern.Code is null || noun.Match.Start < clauseStart
            || NearestBefore(mentions, clauseStart, verb) is not { } subject)
        {
            return false;
        }

        // The noun heads the subject: after it only its prepositional phrases and names, no other common noun ("Doctors
        // from American aid groups delivered …": the groups, not the aid, are the subject). A place noun before "of" leads
        // to a name ("the strike on the centre of Sumy killed …").
        for (var k = noun.Match.EndExclusive; k < verb; k++)
        {
            if (text.TokenText(k) is "," or ";" or ":" || ClauseOpeners.Contains(text.TokenText(k))
                || (tags[k - offset] == CoarseTag.Noun && !text.Tokens[k].Has(TokenFlags.Capitalized) && !InsideMention(mentions, k)
                    && !(LocationFinder.IsPlaceNoun(text.TokenText(k)) && k + 1 < verb && text.TokenText(k + 1).Equals("of", StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }
        }

        var inside = subject.Start >= noun.Match.Start && subject.EndExclusive <= noun.Match.EndExclusive;
        // "Russia welcomed the talks and attacked Ukraine": a finite verb right after the actor is the actor's own verb,
        // and the noun event after it is that verb's object, not the subject of the verb after "and".
        var before = subject.EndExclusive <= noun.Match.Start && noun.Match.Start - subject.EndExclusive <= 2 && IsModifierRun(text, subject.EndExclusive, noun.Match.Start)
            && !(subject.EndExclusive < noun.Match.Start && tags[subject.EndExclusive - offset] == CoarseTag.Verb
                && !text.TokenText(subject.EndExclusive).EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        var byAgent = subject.Start > noun.Match.EndExclusive && subject.Start - noun.Match.EndExclusive <= 2
            && text.TokenText(noun.Match.EndExclusive).Equals("by", StringComparison.OrdinalIgnoreCase);
        return inside || before || byAgent;
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

    // The subject of a verb is the noun phrase right before it. Read backwards from the verb, a noun phrase (nouns, their
    // modifiers, actors, "of") that begins after a comma or a subordinating word ("…, a senior official said", "after
    // crowds burned down") is the whole subject: the clause of the verb starts there, and actors before it belong to
    // another clause. Returns the index of that comma or word (and whether an actor stands in the noun phrase), or -1
    // when the words before the verb are no such noun phrase: a verb, a preposition or a pronoun stands in them, they
    // have no noun ("…, then shelled"), or they run to the clause start.
    private static int SubjectBoundary(AnalyzedText text, List<ActorMention> mentions, int clauseStart, int verb, ReadOnlySpan<CoarseTag> tags, int offset, out bool hasActor)
    {
        hasActor = false;
        var noun = false;

        // The verb's own auxiliaries, modals and negation stand between it and its subject: "he has not said".
        var i = verb - 1;
        while (i >= clauseStart && !InsideMention(mentions, i) && VerbGroupWords.Contains(text.TokenText(i)))
        {
            i--;
        }

        // "…, he said": a personal pronoun the document could not resolve is the subject all the same.
        if (i >= clauseStart && !InsideMention(mentions, i) && SubjectPronouns.Contains(text.TokenText(i)))
        {
            return i;
        }

        for (; i >= clauseStart; i--)
        {
            if (InsideMention(mentions, i))
            {
                hasActor = true;
                continue;
            }

            var word = text.TokenText(i);
            if (word is "," || SubordinatingWords.Contains(word))
            {
                return (noun || hasActor) && i < verb - 1 ? i : -1;
            }

            // "he said government proposed …": after a reporting verb without "that" a noun phrase is the subject of
            // the reported verb (other verbs before a noun phrase are often participles: "aircraft using missiles killed").
            if (tags[i - offset] == CoarseTag.Verb && text.Tokens[i].Kind == TokenKind.Word && !IsAttributiveParticiple(text, mentions, i, clauseStart, tags, offset))
            {
                return noun && !hasActor && ReportingVerbs.Contains(word) ? i : -1;
            }

            // "that territorial disputes in the South China Sea should …": a prepositional phrase after the head noun
            // belongs to the noun phrase.
            if (text.Tokens[i].Kind is not (TokenKind.Word or TokenKind.Number) || (NotInNounPhrase.Contains(word) && !(noun && IsPreposition(word))))
            {
                return -1;
            }

            noun |= tags[i - offset] == CoarseTag.Noun;
        }

        return -1;
    }

    private ReadOnlySpan<CoarseTag> TagSentence(AnalyzedText text, SentenceSpan sentence) => SentenceTags.Tag(_tagger, text, sentence);

    // "a clearly inebriated official", "the newly elected president": a participle between a determiner (and adverbs in
    // -ly) and the noun or actor it qualifies is an adjective of that noun phrase, not a verb of the clause.
    private static bool IsAttributiveParticiple(AnalyzedText text, List<ActorMention> mentions, int i, int from, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var word = text.TokenText(i);
        if (!(word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) || i + 1 - offset >= tags.Length || text.Tokens[i + 1].Kind != TokenKind.Word
            || !(InsideMention(mentions, i + 1) || tags[i + 1 - offset] == CoarseTag.Noun))
        {
            return false;
        }

        var k = i - 1;
        while (k >= from && text.TokenText(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !InsideMention(mentions, k))
        {
            k--;
        }

        return k >= from && text.Is(k, WordTraits.Determiner);
    }

    // A head of a TABARI dictionary (EventPattern.HeadReadByPosition) is a verb where it stands, as TABARI reads it
    // (manual 7.4; a capitalised word inside the sentence was excluded before): not after "the", "a" or "an" — whatever
    // the pattern ("in an accord" is no "IN *") — and not before the possessive "'s", a noun's ending (manual 5.2.3).
    // Words a pattern names before the head fix its reading otherwise ("its voice for"). The tagger's noun reading alone
    // does not count: TABARI's dictionaries stop noun uses with null-coded patterns, and list forms no tagger knows
    // ("departen", "Estonia act on"). It counts where an article opens the noun phrase the word ends ("a total complete
    // boycott"; TABARI reads "has no new sign with" as the verb), and its reading of an adverb, particle or adjective
    // stands ("arrived back in"): TABARI codes only the first verb of a clause, so it never reads such a word as a verb
    // there. A possessive is no article (manual 7.4 names only "the", "a" and "an"): TABARI codes "by its resumption of
    // ties with" as the act of resuming ties.
    private static bool TabariVerbFits(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int head, PatternCandidate candidate, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        if (head > sentence.FirstToken && text.Is(head - 1, WordTraits.Article))
        {
            return false;
        }

        if (candidate.HeadAnyPartOfSpeech)
        {
            return true;
        }

        if (tags[head - offset] == CoarseTag.Other
            || (head + 1 < sentence.EndTokenExclusive && text.TokenText(head + 1) is "'s"))
        {
            return false;
        }

        var noun = tags[head - offset] == CoarseTag.Noun;
        var modifiers = noun ? PatternElement.MaxModifierWords : 0;
        for (var k = head - 1; k >= sentence.FirstToken && k >= head - 1 - modifiers; k--)
        {
            if (text.Is(k, WordTraits.Article))
            {
                return false;
            }

            if (text.Tokens[k].Kind != TokenKind.Word || tags[k - offset] == CoarseTag.Verb || text.Is(k, WordTraits.Structural) || InsideMention(mentions, k))
            {
                break;
            }
        }

        return true;
    }

    // PETRARCH-1's patterns name words before their head ("ANTI- + *" of PARADE) and are read without a parse, but
    // PETRARCH matches them only on the verb of a verb phrase: where the tagger reads the head as a noun and an article
    // opens the matched words ("was in an accord with an anti- Gondor parade"), they are a noun phrase, no event.
    private static bool OpensWithArticle(AnalyzedText text, SentenceSpan sentence, PatternCandidate candidate, PatternMatch match, CoarseTag tag) =>
        candidate.HeadAnyPartOfSpeech && !candidate.HeadReadByPosition && tag == CoarseTag.Noun
        && match.Start > sentence.FirstToken && text.Is(match.Start - 1, WordTraits.Article);

    private static bool HeadFits(AnalyzedText text, SentenceSpan sentence, int head, PatternCandidate candidate, CoarseTag tag, bool nounAfterNoun)
    {
        var kind = candidate.Kind;
        if (candidate.HeadAnyPartOfSpeech)
        {
            // TABARI's verbs are any part of speech, but "a", "an" or "the" right before one makes it a noun (TABARI's
            // manual, 7.1: "verb shifted to noun by determiner"): "was in an accord with" is no act of according.
            return !(kind == EntryKind.Verb && head > sentence.FirstToken && text.Is(head - 1, WordTraits.Article));
        }

        if (tag != CoarseTag.Unknown && kind != EntryKind.Phrase)
        {
            // A gerund alone ("accused of supporting militias") is the content of another event, not one of its own:
            // only a progressive ("is supporting") makes it an event, as the heuristics decide.
            // A participle after a determiner is an adjective: "the alleged violations", "its banned newspaper".
            return kind == EntryKind.Verb
                ? tag == CoarseTag.Verb && (candidate.Form != VerbForm.Gerund || VerbFits(text, sentence, head, candidate.Form))
                    && !(head > sentence.FirstToken && text.Is(head - 1, WordTraits.Determiner) && !text.TokenText(head - 1).Equals("that", StringComparison.OrdinalIgnoreCase))
                : tag == CoarseTag.Noun || nounAfterNoun;
        }

        return kind switch
        {
            EntryKind.Verb => VerbFits(text, sentence, head, candidate.Form),
            // Before a noun stands no infinitive marker, modal or subject pronoun: "to attack", "will visit", "they protest".
            EntryKind.Noun => !(head > sentence.FirstToken && text.Is(head - 1, WordTraits.VerbCue)),
            _ => true,
        };
    }

    private static bool VerbFits(AnalyzedText text, SentenceSpan sentence, int verb, VerbForm form)
    {
        // After a determiner the word is a noun: "the attack", "their visit", "a protest".
        if (verb > sentence.FirstToken && (text.Is(verb - 1, WordTraits.Determiner) || text.TokenText(verb - 1) is "'s"))
        {
            return false;
        }

        if ((form & (VerbForm.ThirdPerson | VerbForm.Past | VerbForm.PastParticiple | VerbForm.Base)) != 0)
        {
            return true;
        }

        // A gerund is a verb only in a progressive ("is meeting") or opening a participle clause after a comma ("Russia
        // expelled two diplomats, threatening to impose sanctions"); elsewhere it is usually a noun.
        return verb > sentence.FirstToken && (text.Is(verb - 1, WordTraits.Be) || text.TokenText(verb - 1) is ",");
    }

    // Whether the participle at i follows a noun as a reduced relative clause ("land seized in 1967", "rebels backed by
    // Iran"): right after a common noun or an actor, with no object of its own after it (a preposition, punctuation or
    // a time word follows), and the noun is the object of a verb other than one of saying ("returned land seized in the
    // war"), or the participle has its agent after "by" and a verb follows later ("Rebels backed by Iran attacked").
    // "Officials said troops seized the town" has a verb of saying before the noun and an object after the participle.
    private static bool IsReducedRelative(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int i, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var end = sentence.EndTokenExclusive;
        var before = i - 1;
        // "a French national accused of spying": a nationality word makes the adjective after it a noun.
        if (before < sentence.FirstToken || text.Tokens[before].Kind != TokenKind.Word
            || !(InsideMention(mentions, before)
                || ((tags[before - offset] == CoarseTag.Noun || (tags[before - offset] == CoarseTag.Other && before > sentence.FirstToken && InsideMention(mentions, before - 1)
                    && !NotInNounPhrase.Contains(text.TokenText(before))))
                    && !text.Tokens[before].Has(TokenFlags.Capitalized))))
        {
            return false;
        }

        // "by" right after the participle, or after a particle ("signed in by the minister").
        var by = (i + 1 < end && text.TokenText(i + 1).Equals("by", StringComparison.OrdinalIgnoreCase))
            || (i + 2 < end && text.TokenText(i + 2).Equals("by", StringComparison.OrdinalIgnoreCase) && text.Tokens[i + 1].Kind == TokenKind.Word
                && NotInNounPhrase.Contains(text.TokenText(i + 1)));
        if (i + 1 < end && (text.Tokens[i + 1].Kind == TokenKind.Number || InsideMention(mentions, i + 1)))
        {
            return false;
        }

        if (i + 1 < end && text.Tokens[i + 1].Kind == TokenKind.Word && !NotInNounPhrase.Contains(text.TokenText(i + 1))
            && !text.TokenText(i + 1).Equals("of", StringComparison.OrdinalIgnoreCase)
            && !TimeNouns.Contains(text.TokenText(i + 1)) && !DateFinder.IsMonthOrWeekday(text.TokenText(i + 1))
            && !text.TokenText(i + 1).Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Back over the noun phrase to what governs it.
        for (var k = before - 1; k >= sentence.FirstToken; k--)
        {
            if (InsideMention(mentions, k))
            {
                continue;
            }

            var word = text.TokenText(k);
            // A participle or gerund before the noun ("guided missiles", "using missiles") is no verb of the clause.
            if (tags[k - offset] == CoarseTag.Verb && text.Tokens[k].Kind == TokenKind.Word)
            {
                return !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !(k > sentence.FirstToken && text.Is(k - 1, WordTraits.Determiner))
                    && !ReportingVerbs.Contains(word) && !AnnouncingVerbs.Contains(word) && !VerbGroupWords.Contains(word) && !SpeechVerbs.Contains(word);
            }

            // "arrested two generals and a French national accused of …": back over a coordinated object.
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The object of a preposition is no subject either: "over a bill signed by the minister".
            if (text.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || SubordinatingWords.Contains(word)
                || (!word.Equals("of", StringComparison.OrdinalIgnoreCase) && NotInNounPhrase.Contains(word)))
            {
                if (by && IsPreposition(word))
                {
                    return true;
                }

                break;
            }
        }

        // A subject with its agent: a verb of the clause must follow the "by" phrase.
        if (!by)
        {
            return false;
        }

        for (var k = i + 3; k < end; k++)
        {
            if (text.TokenText(k) is "," or ";" or ":")
            {
                return false;
            }

            if (tags[k - offset] == CoarseTag.Verb && text.Tokens[k].Kind == TokenKind.Word && !InsideMention(mentions, k))
            {
                return true;
            }
        }

        return false;
    }

    // The "who" or "which" that opens a relative clause (without commas) ending with the mention, when only the verb's
    // auxiliaries, adverbs or a time word stand between the mention and the verb; -1 otherwise. A verb of saying in the
    // clause makes the mention the subject of what was said ("officials who said Iran attacked").
    private static int RelativeClauseBefore(AnalyzedText text, int clauseStart, ActorMention mention, int verbStart)
    {
        for (var k = mention.EndExclusive; k < verbStart; k++)
        {
            var word = text.TokenText(k);
            if (!(VerbGroupWords.Contains(word) || Auxiliaries.Contains(word) || TimeNouns.Contains(word) || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
            {
                return -1;
            }
        }

        for (var k = mention.Start - 1; k > clauseStart; k--)
        {
            var word = text.TokenText(k);
            if (word is "," or ";" or ":" || word.Equals("that", StringComparison.OrdinalIgnoreCase) || ReportingVerbs.Contains(word)
                || SpeechVerbs.Contains(word) || AnnouncingVerbs.Contains(word))
            {
                return -1;
            }

            if (word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase))
            {
                // The clause has a verb of its own before the mention: "who attacked the embassy".
                return k + 1 < mention.Start && text.Tokens[k - 1].Kind == TokenKind.Word ? k : -1;
            }
        }

        return -1;
    }

    // The participle whose agent after "by" the mention is ("rebels backed by Iran"), or -1: a participle after a noun
    // phrase and not after "be" ("were backed by Iran" is the clause's own passive).
    private static int AgentOfReducedRelative(AnalyzedText text, int clauseStart, ActorMention mention)
    {
        var by = mention.Start - 1;
        if (by > clauseStart && text.TokenText(by).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            by--;
        }

        var participle = by - 1;
        if (participle <= clauseStart || !text.TokenText(by).Equals("by", StringComparison.OrdinalIgnoreCase) || text.Tokens[participle].Kind != TokenKind.Word)
        {
            return -1;
        }

        var word = text.TokenText(participle);
        var looksParticiple = word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("wn", StringComparison.OrdinalIgnoreCase);
        return looksParticiple && !PrecededByBe(text, clauseStart, participle) && text.Tokens[participle - 1].Kind == TokenKind.Word
            && !VerbGroupWords.Contains(text.TokenText(participle - 1)) ? participle : -1;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "on", "in", "at", "to", "for", "with", "from", "against", "about", "over", "into", "onto", "between", "among", "across",
        "through", "under", "during", "without", "within", "toward", "towards", "upon")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsPreposition(ReadOnlySpan<char> word) => Prepositions.Contains(word);

    // The actor whose last token is right before a position, or null.
    private static ActorMention? MentionEndingAt(List<ActorMention> mentions, int position)
    {
        foreach (var mention in mentions)
        {
            if (mention.EndExclusive == position)
            {
                return mention;
            }
        }

        return null;
    }

    private static bool PrecededByBe(AnalyzedText text, int clauseStart, int verb)
    {
        for (var i = verb - 1; i >= clauseStart && i >= verb - 3; i--)
        {
            // "Poland's parliament has demanded": a possessive 's, followed by its noun, is no "is".
            if (text.Is(i, WordTraits.Be) && !(text.TokenText(i) is "'s" && i + 1 < verb && !text.Is(i + 1, WordTraits.Be)
                && !VerbGroupWords.Contains(text.TokenText(i + 1))))
            {
                return true;
            }
        }

        return false;
    }

    private static ActorMention? FindAgent(AnalyzedText text, List<ActorMention> mentions, int from, int end)
    {
        for (var i = from; i < end && i < from + 4; i++)
        {
            if (text.TokenText(i).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                // The agent is the noun phrase right after "by": "attacked by pirates off Somalia" names no actor as
                // the agent, and Somalia, after a preposition of its own, is where it happened.
                for (var k = i + 1; k < end && k < i + 4; k++)
                {
                    if (MentionStartingAt(mentions, k) is { } agent)
                    {
                        return agent;
                    }

                    if (text.Tokens[k].Kind != TokenKind.Word || text.Is(k, WordTraits.Structural))
                    {
                        return null;
                    }
                }

                return null;
            }
        }

        return null;
    }

    private static ActorMention? MentionStartingAt(List<ActorMention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start == token)
            {
                return mention;
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

    private static ActorMention? FirstAfter(List<ActorMention> mentions, int from, int end, AnalyzedText? text = null)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.Start < end && mention.Start - from <= MaxTargetDistance
                && !(text is not null && IsPlaceOrAlly(text, mention, from)))
            {
                return mention;
            }
        }

        return null;
    }

    // "a strike on Odesa killed five people": the words a TARGET slot steps over as its modifiers ("Odesa killed five")
    // hold the finite verb of another clause, whose object is no actor of this pattern. The modifiers are the plain
    // words (no structure, no actor) right before the slot's actor, back to the pattern's own words.
    private static bool SlotStepsOverVerb(AnalyzedText text, List<ActorMention> mentions, int head, PatternMatch match, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        if (match.Target is not { } target || target.Start <= head + 1)
        {
            return false;
        }

        var first = target.Start;
        if (first - 1 > head && text.Is(first - 1, WordTraits.Article))
        {
            first--;
        }

        while (first - 1 > head && first > target.Start - 1 - PatternElement.MaxModifierWords && text.Tokens[first - 1].Kind is TokenKind.Word or TokenKind.Number
            && !text.Is(first - 1, WordTraits.Structural) && !InsideMention(mentions, first - 1))
        {
            first--;
        }

        // A finite verb has its subject before it, so the first word stepped over is none: "rejected proposed
        // changes", "help defend Kuwait" keep their object.
        return first + 1 < target.Start && FiniteVerbBetween(text, mentions, first + 1, target.Start, tags, offset) >= 0;
    }

    // An actor listed with a common noun outside any actor, right before it ("trade and Taiwan", "energy, Ukraine") or
    // right after it ("Taiwan and trade").
    private static bool IsListedWithTopics(AnalyzedText text, List<ActorMention> mentions, ActorMention actor, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        return (actor.Start - 2 >= offset && IsListLink(text, actor.Start - 1) && IsTopicNoun(text, mentions, actor.Start - 2, tags, offset))
            || (actor.EndExclusive + 1 < offset + tags.Length && IsListLink(text, actor.EndExclusive) && IsTopicNoun(text, mentions, actor.EndExclusive + 1, tags, offset));
    }

    private static bool IsListLink(AnalyzedText text, int token) =>
        text.TokenText(token) is "," || text.TokenText(token).Equals("and", StringComparison.OrdinalIgnoreCase);

    private static bool IsTopicNoun(AnalyzedText text, List<ActorMention> mentions, int token, ReadOnlySpan<CoarseTag> tags, int offset) =>
        text.Tokens[token].Kind == TokenKind.Word && !text.Tokens[token].Has(TokenFlags.Capitalized) && tags[token - offset] == CoarseTag.Noun
        && !InsideMention(mentions, token);

    // The last finite verb in [from, to), or -1: a verb-tagged word outside actors that is no auxiliary, no gerund and no
    // participle after a determiner.
    private static int FiniteVerbBetween(AnalyzedText text, List<ActorMention> mentions, int from, int to, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        for (var k = to - 1; k >= from; k--)
        {
            var word = text.TokenText(k);
            if (tags[k - offset] == CoarseTag.Verb && text.Tokens[k].Kind == TokenKind.Word && !VerbGroupWords.Contains(word)
                && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !(k > from && text.Is(k - 1, WordTraits.Determiner))
                && !InsideMention(mentions, k))
            {
                return k;
            }
        }

        return -1;
    }

    // The verb before a coordinator or participle comma that stands right before verbStart, or -1.
    private static int VerbBefore(AnalyzedText text, List<ActorMention> mentions, int clauseStart, int verbStart, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var k = verbStart - 1;
        while (k > clauseStart && !(text.TokenText(k) is "," || text.TokenText(k).Equals("and", StringComparison.OrdinalIgnoreCase)
            || text.TokenText(k).Equals("but", StringComparison.OrdinalIgnoreCase) || text.TokenText(k).Equals("or", StringComparison.OrdinalIgnoreCase)))
        {
            k--;
        }

        for (k--; k >= clauseStart; k--)
        {
            var word = text.TokenText(k);
            if (word is ";" or ":" || SubordinatingWords.Contains(word))
            {
                return -1;
            }

            if (tags[k - offset] == CoarseTag.Verb && text.Tokens[k].Kind == TokenKind.Word && !InsideMention(mentions, k) && !VerbGroupWords.Contains(word)
                && !(k > clauseStart && text.Is(k - 1, WordTraits.Determiner)))
            {
                return k;
            }
        }

        return -1;
    }

    // Verbs whose object is the subject of the infinitive after it: "urged Russia to withdraw", "asked the rebels in
    // Kabul to talk" (stems, to cover their forms).
    private static readonly string[] ObjectControlStems =
    [
        "urg", "ask", "call", "persuad", "allow", "forc", "invit", "encourag", "order", "tell", "told", "warn", "advis", "permit",
        "enabl", "help", "requir", "press", "lead", "led", "get", "got", "want", "expect", "appeal", "compel", "oblig", "instruct",
        "authori", "empower", "challeng", "inspir", "convinc", "prompt", "push", "beg", "implor", "cause", "need", "remind", "teach",
        "train", "recruit", "pay", "paid", "hire", "direct", "mandat", "commission", "entrust", "chose", "choos", "select", "appoint",
        "elect", "name", "nominat", "want", "like", "prefer",
    ];

    // Nothing, or a time ("on Wednesday", "today", "last week") between two words.
    private static bool OnlyTimeWordsBetween(AnalyzedText text, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            var word = text.TokenText(k);
            if (!(TimeNouns.Contains(word) || DateFinder.IsMonthOrWeekday(word) || word.Equals("on", StringComparison.OrdinalIgnoreCase)
                || word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("next", StringComparison.OrdinalIgnoreCase)
                || word.Equals("this", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSendingVerb(ReadOnlySpan<char> word) =>
        word.StartsWith("sen", StringComparison.OrdinalIgnoreCase) || word.StartsWith("dispatch", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("deploy", StringComparison.OrdinalIgnoreCase) || word.StartsWith("mobili", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("assign", StringComparison.OrdinalIgnoreCase);

    private static bool IsObjectControlVerb(ReadOnlySpan<char> word)
    {
        foreach (var stem in ObjectControlStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The verb whose purpose infinitive the match is, when the actor right before its "to" is the object of a place or
    // goal preposition after that verb's object: "sent inspectors to Bosnia to investigate", "mobilized groups in the
    // United States to help support". -1 otherwise, and for verbs whose object is the infinitive's subject ("urged").
    private static int PurposeClauseVerb(AnalyzedText text, List<ActorMention> mentions, int clauseStart, int verbStart, ActorMention nearest, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        // "to help support": the infinitive's own "help" stands between.
        var to = verbStart - 1;
        if (to > clauseStart && (text.TokenText(to).Equals("help", StringComparison.OrdinalIgnoreCase) || text.TokenText(to).Equals("further", StringComparison.OrdinalIgnoreCase)))
        {
            to--;
        }

        if (to <= clauseStart || !text.TokenText(to).Equals("to", StringComparison.OrdinalIgnoreCase) || !OnlyTimeWordsBetween(text, nearest.EndExclusive, to))
        {
            return -1;
        }

        var p = nearest.Start - 1;
        if (p > clauseStart && text.TokenText(p).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            p--;
        }

        // "Farmers blockaded Paris to demand …": the direct object of a verb that does not hand its object the
        // infinitive is not its subject either.
        if (p > clauseStart && tags[p - offset] == CoarseTag.Verb && text.Tokens[p].Kind == TokenKind.Word && !InsideMention(mentions, p)
            && !VerbGroupWords.Contains(text.TokenText(p)))
        {
            // "sent envoys to negotiate": what is sent does what the infinitive says.
            return IsObjectControlVerb(text.TokenText(p)) || IsSendingVerb(text.TokenText(p)) ? -1 : p;
        }

        if (p <= clauseStart || !(IsLocative(text.TokenText(p)) || text.TokenText(p).Equals("to", StringComparison.OrdinalIgnoreCase)
            || text.TokenText(p).Equals("into", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        // Back over the object (nouns, modifiers, numbers, "and", "of") to the verb; a preposition right after the verb
        // makes the actor its object ("appealed to Russia to stop").
        for (var k = p - 1; k >= clauseStart; k--)
        {
            var word = text.TokenText(k);
            if (tags[k - offset] == CoarseTag.Verb && text.Tokens[k].Kind == TokenKind.Word && !InsideMention(mentions, k))
            {
                return k == p - 1 || IsObjectControlVerb(word) ? -1 : k;
            }

            if (text.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || SubordinatingWords.Contains(word)
                || (NotInNounPhrase.Contains(word) && !word.Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                return -1;
            }
        }

        return -1;
    }

    // A group word after "its", "their", "his" or "her" ("its own troops") that took its country from the source.
    private static bool IsOwnGroup(AnalyzedText text, ActorMention group, ActorMention source)
    {
        // A source that is itself a group took its country from the context too ("crowds burned down its embassy"):
        // sharing it says nothing about whose the object is.
        if (!group.IsContextGroup || source.IsContextGroup || group.Country is null || group.Country != source.Country || group.Start < 1)
        {
            return false;
        }

        var before = group.Start - 1;
        if (before > 0 && text.TokenText(before).Equals("own", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        var word = text.TokenText(before);
        return word.Equals("its", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase)
            || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase);
    }

    // "hosted the talks in Cairo", "rescued a ship off Somalia": a place after a locative preposition that the pattern did
    // not consume is where, not whom.
    // So, likewise, is an ally after "alongside": "troops fighting alongside Russian forces" fight with them, not them.
    private static bool IsPlaceOrAlly(AnalyzedText text, ActorMention mention, int matchEnd)
    {
        var before = mention.Start - 1;
        if (before < matchEnd)
        {
            return false;
        }

        var word = text.TokenText(before);
        if (word is ",")
        {
            // "met in Busan, South Korea": the country after a town named after "in" says where the town is.
            var k = before - 1;
            while (k >= matchEnd && before - k <= 4 && text.Tokens[k].Kind == TokenKind.Word && text.Tokens[k].Has(TokenFlags.Capitalized))
            {
                k--;
            }

            return k < before - 1 && k >= matchEnd - 1 && IsPlaceOrAllyWord(text.TokenText(k));
        }

        return IsPlaceOrAllyWord(word);
    }

    private static bool IsPlaceOrAllyWord(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase)
        || word.Equals("near", StringComparison.OrdinalIgnoreCase) || word.Equals("off", StringComparison.OrdinalIgnoreCase)
        || word.Equals("alongside", StringComparison.OrdinalIgnoreCase);

    // The mentions joined to this one by "and", "or" or commas: "Egypt, Qatar and the United States".
    private static List<ActorMention> Coordinated(AnalyzedText text, List<ActorMention> mentions, ActorMention anchor, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        // "They" standing for a list named before.
        if (anchor.Members is { } members)
        {
            var each = new List<ActorMention>(members.Count);
            foreach (var member in members)
            {
                each.Add(member with { Note = anchor.Note });
            }

            return each;
        }

        var index = mentions.IndexOf(anchor);
        if (index < 0)
        {
            // An actor made for the event alone (a place standing for its country) is in no list.
            return [anchor];
        }

        var conjunction = false;
        var first = index;
        while (first > 0 && Joined(text, mentions[first - 1], mentions[first], tags, offset, ref conjunction))
        {
            first--;
        }

        var last = index;
        while (last + 1 < mentions.Count && Joined(text, mentions[last], mentions[last + 1], tags, offset, ref conjunction))
        {
            last++;
        }

        // "Germany criticized Russia and France asked it to withdraw": after the object of a verb, the
        // last item followed by a verb of its own is the subject of a new clause, not part of the object. After a verb
        // of saying both are subjects: "Iran said Russia and China vetoed it".
        if (conjunction && last > first && StartsClause(text, mentions[last], tags, offset) && IsObjectPosition(text, mentions, mentions[first], tags, offset))
        {
            if (index == last)
            {
                return [anchor];
            }

            last--;
        }

        // Commas alone make no list: "attacked Ukraine, Putin said" and "If Russia attacks Ukraine, NATO …" join
        // nothing; a list ends in "and" or "or" ("Egypt, Qatar and the United States").
        var list = conjunction ? mentions.GetRange(first, last - first + 1) : [anchor];

        // An imported entry may name several actors at once (PETRARCH's "[FRO/BIL/SAM]"): each acts.
        for (var k = list.Count - 1; k >= 0; k--)
        {
            if (list[k].ExplicitCode is { } code && code.Contains('/', StringComparison.Ordinal))
            {
                var parts = code.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var member = list[k];
                list.RemoveAt(k);
                list.InsertRange(k, parts.Select(part => member with { ExplicitCode = part }));
            }
        }

        return list;
    }

    // Between two items of a list: ",", "and", "or", "nor" or ", and", then at most three modifiers of the next item ("Fornost
    // and the evil Gondor", "Russia, the awful Belarus, and Iran"): no verb, preposition, pronoun or clause word.
    private static bool Joined(AnalyzedText text, ActorMention left, ActorMention right, ReadOnlySpan<CoarseTag> tags, int offset, ref bool conjunction)
    {
        // A pronoun opens a clause of its own: "Egypt criticized Israel, and later it asked Jordan" lists no one.
        if (IsPronounMention(text, left) || IsPronounMention(text, right))
        {
            return false;
        }

        var i = left.EndExclusive;
        var comma = i < right.Start && text.TokenText(i) is ",";
        if (comma)
        {
            i++;
        }

        // "Neither France nor Germany": "nor" lists too (the negation is the modality's business).
        var and = i < right.Start && (text.TokenText(i).Equals("and", StringComparison.OrdinalIgnoreCase) || text.TokenText(i).Equals("or", StringComparison.OrdinalIgnoreCase)
            || text.TokenText(i).Equals("nor", StringComparison.OrdinalIgnoreCase));
        if (and)
        {
            i++;
        }

        if (!(comma || and) || right.Start - i > 3)
        {
            return false;
        }

        for (; i < right.Start; i++)
        {
            var word = text.TokenText(i);
            if (text.Tokens[i].Kind != TokenKind.Word || tags[i - offset] == CoarseTag.Verb || NotInNounPhrase.Contains(word)
                || SubordinatingWords.Contains(word) || word.Equals("of", StringComparison.OrdinalIgnoreCase) || word is "'s")
            {
                return false;
            }
        }

        conjunction |= and;
        return true;
    }

    // "Estonia arms Libya", "Israel shells Gaza", "India tables a motion": a tagger reads a word with a noun and a verb
    // reading after a name as a compound noun ("Estonia arms"). Right after the actor that opens the clause and right
    // before another actor or an article ("a", "the", a possessive), a noun makes no sentence: there it is the verb.
    // Only a word ending in "-s" qualifies (the third person; news does not write "Estonia arm Libya"), so a plural noun
    // before a preposition or a verb ("Russia arms shipments", "Armenia talks with") keeps its noun.
    private static bool IsVerbBetweenActors(AnalyzedText text, SentenceSpan sentence, List<ActorMention> mentions, int word)
    {
        if (word + 1 >= sentence.EndTokenExclusive || !text.TokenText(word).EndsWith('s') || text.Tokens[word].Kind != TokenKind.Word)
        {
            return false;
        }

        var subject = -1;
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].EndExclusive == word)
            {
                subject = m;
                break;
            }
        }

        // The subject opens the sentence, or a clause after a comma, "and" or "that".
        if (subject < 0 || mentions[subject].Start > sentence.FirstToken
            && text.TokenText(mentions[subject].Start - 1) is not ("," or "and" or "that") && !IsSentenceOpening(text, sentence, mentions[subject].Start))
        {
            return false;
        }

        var next = text.TokenText(word + 1);
        return ObjectOpeners.Contains(next) || MentionStartsAt(mentions, word + 1);
    }

    // Only a leading "The" or a number ("2. --") may stand before the subject at the start of the sentence.
    private static bool IsSentenceOpening(AnalyzedText text, SentenceSpan sentence, int start)
    {
        for (var i = sentence.FirstToken; i < start; i++)
        {
            if (!text.TokenText(i).Equals("the", StringComparison.OrdinalIgnoreCase) && text.Tokens[i].Kind == TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    private static bool MentionStartsAt(List<ActorMention> mentions, int token)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start == token)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a finite verb follows the mention, past auxiliaries and adverbs ("France later asked"): a participle with
    // "by" ("Belarus, backed by Russia") or a gerund does not count.
    private static bool StartsClause(AnalyzedText text, ActorMention mention, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        for (var k = mention.EndExclusive; k < text.Tokens.Count && k <= mention.EndExclusive + 2 && k - offset < tags.Length; k++)
        {
            var word = text.TokenText(k);
            if (text.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Auxiliaries.Contains(word) || VerbGroupWords.Contains(word))
            {
                return true;
            }

            if (tags[k - offset] == CoarseTag.Verb)
            {
                return !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                    && !(k + 1 < text.Tokens.Count && text.TokenText(k + 1).Equals("by", StringComparison.OrdinalIgnoreCase));
            }

            if (!word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    // Words that open an object noun phrase and never follow a noun inside one.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectOpeners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "the", "a", "an", "its", "their", "his", "her")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether the mention stands right after a verb (not one of saying, whose clause may open with it), past an article:
    // it is that verb's object. After a preposition a list may still be a subject: "Officials in France and Germany met".
    private static bool IsObjectPosition(AnalyzedText text, List<ActorMention> mentions, ActorMention mention, ReadOnlySpan<CoarseTag> tags, int offset)
    {
        var k = mention.Start - 1;
        if (k >= 0 && text.TokenText(k).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        if (k < 0 || k - offset < 0 || text.Tokens[k].Kind != TokenKind.Word || InsideMention(mentions, k))
        {
            return false;
        }

        var word = text.TokenText(k);
        return tags[k - offset] == CoarseTag.Verb && !ReportingVerbs.Contains(word) && !AnnouncingVerbs.Contains(word) && !VerbGroupWords.Contains(word);
    }

    // A mention of one subject pronoun ("he", "she", "they", "we"): never the object of a verb.
    private static bool IsSubjectPronounMention(AnalyzedText text, ActorMention mention) =>
        mention.EndExclusive == mention.Start + 1 && SubjectPronouns.Contains(text.TokenText(mention.Start));

    // A mention made by coreference from a personal pronoun ("it", "he", "them").
    private static bool IsPronounMention(AnalyzedText text, ActorMention mention) =>
        mention.EndExclusive == mention.Start + 1 && mention.Note is not null && PersonalPronouns.Contains(text.TokenText(mention.Start));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalPronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "he", "she", "it", "they", "him", "her", "them")
        .GetAlternateLookup<ReadOnlySpan<char>>();

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
