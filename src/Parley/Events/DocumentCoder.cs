using System.Collections.Frozen;
using Parley.Coding;
using Parley.Lexicon;
using Parley.Lexicon.Places;
using Parley.Ontology;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Codes whole documents: text stage, English check, sentence coding, then event assembly — actors resolved,
/// date and place attached, confidence scored, and the same event reported twice in one document merged
/// into one with a mention count. Thread-safe: one instance serves every worker.
/// </summary>
public sealed class DocumentCoder
{
    private readonly ActorDictionary _actors;
    private readonly Gazetteer _places;
    private readonly PatternLexicon _patterns;
    private readonly SentenceCoder _coder;

    /// <summary>Creates a coder over the given dictionaries and the built-in gazetteer.</summary>
    public DocumentCoder(Codebook codebook, ActorDictionary actors, PatternLexicon patterns)
        : this(codebook, actors, patterns, Gazetteer.Default)
    {
    }

    /// <summary>Creates a coder over the given dictionaries and gazetteer.</summary>
    public DocumentCoder(Codebook codebook, ActorDictionary actors, PatternLexicon patterns, Gazetteer places)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        Codebook = codebook;
        _actors = actors;
        _places = places;
        _patterns = patterns;
        _coder = new SentenceCoder(actors, patterns, places);
    }

    /// <summary>The actor dictionary the coder codes with.</summary>
    internal ActorDictionary Actors => _actors;

    /// <summary>The patterns the coder codes with.</summary>
    internal PatternLexicon Patterns => _patterns;

    /// <summary>
    /// A coder over the same dictionaries and settings for TABARI's suite: TABARI's default actor search
    /// (<see cref="SentenceCoder.TabariActorSearch"/>), with TABARI's options <see cref="ConvertAgents"/> and
    /// <c>DEFAULT: SOURCE … PRIOR TARGET … AFTER</c> as given.
    /// </summary>
    internal DocumentCoder WithTabariOptions(bool convertAgents, string? defaultSource, bool defaultSourcePrior, bool defaultTargetAfter)
    {
        var coder = new DocumentCoder(Codebook, _actors, _patterns, _places) { PlacesCanBeTargets = PlacesCanBeTargets, ConvertAgents = convertAgents };
        coder._coder.DefaultSource = defaultSource;
        coder._coder.DefaultSourcePrior = defaultSourcePrior;
        coder._coder.DefaultTargetAfter = defaultTargetAfter;
        coder._coder.TabariActorSearch = true;
        return coder;
    }

    /// <summary>
    /// A coder over the same dictionaries and settings with <see cref="ConvertAgents"/> on and Parley's own actor search:
    /// an agent named without an actor gets the null actor code its agent code is added to (PETRARCH's "---EDU").
    /// </summary>
    internal DocumentCoder WithConvertedAgents() =>
        new(Codebook, _actors, _patterns, _places) { PlacesCanBeTargets = PlacesCanBeTargets, ConvertAgents = true };

    /// <summary>A coder over the built-in codebook, dictionaries and gazetteer.</summary>
    public static DocumentCoder CreateDefault() => new(Codebook.Default, ActorDictionary.Default, PatternLexicon.Default, Gazetteer.Default);

    /// <summary>
    /// Whether an actor after "in", "at" or "near" may be the target when a pattern names none (TABARI's and PETRARCH's
    /// convention, used for their suites; see <see cref="SentenceCoder.PlacesCanBeTargets"/>). Off by default: Parley
    /// reads such an actor as the place of the event.
    /// </summary>
    public bool PlacesCanBeTargets
    {
        get => _coder.PlacesCanBeTargets;
        init => _coder.PlacesCanBeTargets = value;
    }

    /// <summary>
    /// TABARI's <c>SET: CONVERT AGENTS = TRUE</c>, used by its suite: an imported agent named without an actor
    /// ("guerrillas") is an actor coded with its agent code ("~REB"). Off by default.
    /// </summary>
    public bool ConvertAgents
    {
        get => _coder.ConvertAgents;
        init => _coder.ConvertAgents = value;
    }

    /// <summary>The codebook events are coded in.</summary>
    public Codebook Codebook { get; }

    /// <summary>Provenance of the actor dictionary (built-in data, plus "+imported" when files were imported).</summary>
    public string ActorsVersionId => _actors.VersionId;

    /// <summary>Provenance of the gazetteer.</summary>
    public string PlacesVersionId => _places.VersionId;

    /// <summary>Codes one document.</summary>
    public DocumentResult Code(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = AnalyzedText.Analyze(document.Text);
        if (!EnglishDetector.LooksEnglish(text, out var share))
        {
            return new DocumentResult(document, text.Sentences.Count, [],
                $"the text does not look like English (English function words are {share:P0} of its words; English news has about 40 %); not coded.")
            {
                TokenCount = text.Tokens.Count,
            };
        }

        var events = new List<CodedEvent>();
        var byKey = new Dictionary<(string, string?, string, DateOnly?, Modality), int>();
        var dateline = text.Sentences.Count > 0 ? DatelineFinder.Find(text, text.Sentences[0], _places, document.PublicationDate) : null;

        // Relative dates count from the dateline's day when it gives one, else from the publication date.
        var reference = dateline?.Date is { Precision: DatePrecision.Day } filed ? filed.Date : document.PublicationDate;
        var memory = new DiscourseMemory();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];

            // The dateline is where and when, not part of any clause: coding starts after it.
            var coded = s == 0 && dateline is not null
                ? new SentenceSpan(dateline.EndTokenExclusive, sentence.EndTokenExclusive - dateline.EndTokenExclusive, sentence.StartChar, sentence.EndCharExclusive)
                : sentence;
            var future = DateFinder.SpeaksOfFuture(text, coded.FirstToken, coded.EndTokenExclusive);
            var dates = DateFinder.FindAll(text, coded.FirstToken, coded.EndTokenExclusive, reference, future);

            // People are resolved on the event date: "the president" in a story about 2008 is the president of 2008.
            var found = _coder.Code(text, coded, dates is null ? reference : dates[0].Date, memory: memory);
            if (found.Count == 0)
            {
                continue;
            }

            var sentenceText = text.SentenceText(s);
            var location = LocationFinder.Find(text, coded, _places, _actors, dateline?.Location?.Country);
            // "Israel refused to lift the blockade": the refused act is negated, its refusal is the event (12x), and it
            // stands in for the bare "refuse" (120) the lexicon matched on the same word.
            var refusals = Refusals(text, coded, found);
            foreach (var match in found)
            {
                if (refusals is not null && match.Code.Code.Value == GenericRefusalCode && refusals.Contains((match.VerbStart, match.Source.Code)))
                {
                    continue;
                }

                FoundDate? when = dates is null ? null : dates.Count == 1 ? dates[0] : DateFinder.Nearest(dates, match.VerbStart, match.VerbEndExclusive);
                var codedEvent = OwnGround(Assemble(document, text, s, sentenceText, sentence, match, location, dateline, when, reference, _actors));
                Add(events, byKey, codedEvent);
                if (Intent(codedEvent, dateline, reference) is { } intent)
                {
                    Add(events, byKey, intent);
                }

                if (Refusal(text, coded, match, codedEvent) is { } refusal)
                {
                    Add(events, byKey, refusal);
                }
            }
        }

        return new DocumentResult(document, text.Sentences.Count, events, null) { TokenCount = text.Tokens.Count };
    }

    // The same (source, target, code, date, modality) twice in one document is one event with a mention count.
    private static void Add(List<CodedEvent> events, Dictionary<(string, string?, string, DateOnly?, Modality), int> byKey, CodedEvent codedEvent)
    {
        var key = (codedEvent.Source.Code, codedEvent.Target?.Code, codedEvent.Code.Code.Value, codedEvent.Date, codedEvent.Modality);
        if (byKey.TryGetValue(key, out var existing))
        {
            events[existing] = events[existing] with { Mentions = events[existing].Mentions + 1 };
        }
        else
        {
            byKey[key] = events.Count;
            events.Add(codedEvent);
        }
    }

    // An announced cooperative act ("Russia will send aid") has not happened, but its announcement has: CAMEO codes
    // it as the expression of intent (root 03) on the day it was made — the dateline's or the publication date.
    private CodedEvent? Intent(CodedEvent announced, Dateline? dateline, DateOnly? reference)
    {
        if (announced.Modality != Modality.Future || IntentCodes.For(announced.Code.Code.Value) is not { } code || !Codebook.TryGet(code, out var info))
        {
            return null;
        }

        var (date, precision) = dateline?.Date is { } filed ? (filed.Date, filed.Precision) : (reference, reference is null ? DatePrecision.None : DatePrecision.Publication);
        var rules = new List<string>(announced.Explanation.Rules.Count + 1);
        foreach (var rule in announced.Explanation.Rules)
        {
            if (!rule.StartsWith("date:", StringComparison.Ordinal))
            {
                rules.Add(rule);
            }
        }

        rules.Add($"intent: announced {announced.Code.Code.Value} coded as the expression of intent {code}, dated when it was announced");
        return announced with
        {
            Code = info,
            AnnouncedCode = announced.Code.Code.Value,
            Modality = Modality.Asserted,
            Date = date,
            DatePrecision = precision,
            Confidence = Math.Round(Math.Max(0.05, announced.Confidence - 0.1), 2),
            Explanation = announced.Explanation with { Pattern = $"{code} (intent) from {announced.Explanation.Pattern}", Rules = rules },
        };
    }

    private const string ThirdLocationCode = "044";

    private const string ConsultCode = "040";

    // CAMEO's 044 is a meeting at a "third" location: "met Aliyev in Brussels" is one, "met Xi in Beijing" is not —
    // a meeting where one side is at home is coded as the consultation it is (040). So is a meeting whose place is not
    // named at all ("a summit between Kenya and Somalia was held"): the codebook's note on 040 codes it so, since
    // nothing says that it was at a third place. The peers' suites (PlacesCanBeTargets) keep their dictionaries' own
    // reading of such a meeting, as they keep their other conventions.
    private CodedEvent OwnGround(CodedEvent coded)
    {
        if (coded.Code.Code.Value != ThirdLocationCode || !Codebook.TryGet(ConsultCode, out var consult))
        {
            return coded;
        }

        string rule;
        if (coded.Location is null && !PlacesCanBeTargets)
        {
            rule = $"third location: no place named, coded {ConsultCode}";
        }
        else if (coded.Location?.Country is { } country && (coded.Source.Country == country || coded.Target?.Country == country))
        {
            rule = $"third location: '{coded.Location!.Name}' is {(coded.Source.Country == country ? "the source's" : "the target's")} own ground, coded {ConsultCode}";
        }
        else
        {
            return coded;
        }

        var rules = new List<string>(coded.Explanation.Rules.Count + 1);
        rules.AddRange(coded.Explanation.Rules);
        rules.Add(rule);
        return coded with { Code = consult, Explanation = coded.Explanation with { Rules = rules } };
    }

    private const string GenericRefusalCode = "120";

    // The refusal right before the act: "refused to lift", "declined to release", or a stated will not to act —
    // "will not end their strike", "would not withdraw", "won't release" — which CAMEO codes as a refusal too, unless
    // the sentence makes it conditional ("will not accept the demands unless talks resume").
    private static int RefusalWord(AnalyzedText text, SentenceSpan sentence, SentenceEvent match)
    {
        if (match.Modality != Modality.Negated || match.VerbStart < 2)
        {
            return -1;
        }

        var before = text.TokenText(match.VerbStart - 1);
        var word = text.TokenText(match.VerbStart - 2);
        return (before.Equals("to", StringComparison.OrdinalIgnoreCase) && RefusalWords.Contains(word))
            || ((before.Equals("not", StringComparison.OrdinalIgnoreCase) || before.Equals("n't", StringComparison.OrdinalIgnoreCase)) && WillWords.Contains(word)
                && !ModalityCues.ConditionIn(text, sentence.FirstToken, sentence.EndTokenExclusive))
            ? match.VerbStart - 2
            : -1;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WillWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "will", "would", "wo", "shall")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RefusalWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // The refusal words (and sources) whose act has a refusal code, so that their bare "refuse" is not coded as well.
    private HashSet<(int, string)>? Refusals(AnalyzedText text, SentenceSpan sentence, List<SentenceEvent> found)
    {
        HashSet<(int, string)>? words = null;
        foreach (var match in found)
        {
            if (RefusalWord(text, sentence, match) is var word and >= 0 && RefusalCodes.For(match.Code.Code.Value) is { } code && Codebook.Contains(code))
            {
                (words ??= []).Add((word, match.Source.Code));
            }
        }

        return words;
    }

    // A refused cooperative act is coded as the refusal CAMEO names for it, asserted, on the act's date.
    private CodedEvent? Refusal(AnalyzedText text, SentenceSpan sentence, SentenceEvent match, CodedEvent refused)
    {
        if (RefusalWord(text, sentence, match) is not (var word and >= 0) || RefusalCodes.For(refused.Code.Code.Value) is not { } code || !Codebook.TryGet(code, out var info))
        {
            return null;
        }

        var rules = new List<string>(refused.Explanation.Rules.Count + 1);
        rules.AddRange(refused.Explanation.Rules);
        rules.Add($"refusal: '{text.TokenText(word)}' {refused.Code.Code.Value} coded as the refusal {code}");
        return refused with
        {
            Code = info,
            Modality = Modality.Asserted,
            Explanation = refused.Explanation with { Pattern = $"{code} (refusal) from {refused.Explanation.Pattern}", Rules = rules },
        };
    }

    private static CodedEvent Assemble(SourceDocument document, AnalyzedText text, int sentenceIndex, string sentenceText, SentenceSpan sentence, SentenceEvent match,
        FoundLocation? named, Dateline? dateline, FoundDate? when, DateOnly? reference, ActorDictionary actors)
    {
        var location = named?.Location;
        var rules = new List<string>(match.Rules);
        DateOnly? date;
        DatePrecision precision;
        if (when is { } found)
        {
            (date, precision) = (found.Date, found.Precision);
            rules.Add(found.Rule);
        }
        else if (dateline?.Date is { } filed)
        {
            (date, precision) = (filed.Date, filed.Precision);
            rules.Add($"date: from the dateline ({filed.Rule["date: ".Length..]})");
        }
        else
        {
            date = reference;
            precision = reference is null ? DatePrecision.None : DatePrecision.Publication;
            rules.Add(reference is null ? "date: none given" : "date: publication date (no date in the sentence)");
        }

        if (location is not null)
        {
            rules.Add($"location: '{location.Name}' named in the sentence");
        }
        else if (dateline?.Location is { } filedAt)
        {
            location = filedAt;
            rules.Add($"location: '{filedAt.Name}' from the dateline");
        }

        var source = ToActor(text, match.Source);
        var target = match.Target is null ? null : ToActor(text, match.Target);
        var targetTokens = match.Target is null ? (TokenRange?)null : Relative(sentence, match.Target.Start, match.Target.EndExclusive);
        if (target is null && named is { } struck && PlaceStruck(match, struck, actors) is { } country)
        {
            target = new EventActor(country.Code, country.Code, null, null, country.Name, Slice(text, struck.Start, struck.EndExclusive));
            targetTokens = Relative(sentence, struck.Start, struck.EndExclusive);
            rules.Add($"target: {country.Name}, the country of the place struck ('{struck.Location.Name}')");
        }

        var explanation = new EventExplanation(
            $"{match.Code.Code.Value} '{match.Pattern.Text}'",
            match.Pattern.Id,
            Slice(text, match.VerbStart, match.VerbEndExclusive),
            Relative(sentence, match.VerbStart, match.VerbEndExclusive),
            Relative(sentence, match.Source.Start, match.Source.EndExclusive),
            targetTokens,
            rules);
        return new CodedEvent(
            document.Id,
            sentenceIndex,
            sentenceText,
            date,
            precision,
            source,
            target,
            match.Code,
            match.Modality,
            location,
            Confidence(match),
            1,
            explanation);
    }

    // Violence abroad with no actor struck: "Ukrainian drones struck an oil refinery in Russia's Saratov region" is an
    // attack on Russia, as CAMEO coders code it. Only material violence (roots 18-20) done after its verb to a place of
    // another country than the attacker's: a meeting or a statement in a place is not aimed at that place's country,
    // and violence at home has no foreign target.
    private const int PlaceStruckReach = 10;

    private static (string Code, string Name)? PlaceStruck(SentenceEvent match, FoundLocation struck, ActorDictionary actors)
    {
        if (match.Code.Code.RootNumber is < 18 or > 20 || struck.Location.Country is not { } country
            || struck.Start < match.VerbEndExclusive || struck.Start - match.VerbEndExclusive > PlaceStruckReach
            || match.Source.Country == country)
        {
            return null;
        }

        return (country, actors.CountryName(country) ?? country);
    }

    // Direct evidence scores high: an actor right before the verb and one right after it.
    private static double Confidence(SentenceEvent match)
    {
        var score = 0.5;
        if (match.VerbStart - match.Source.EndExclusive <= 3 || match.Source.Start > match.VerbStart)
        {
            score += 0.2;
        }

        if (match.Target is not null)
        {
            score += match.Target.Start - match.VerbEndExclusive <= 3 ? 0.2 : 0.1;
        }

        // Inferred evidence lowers it: an actor found by coordination or the passive, and more so one that stands
        // for an earlier mention ("he"), or an agent named only by "by" after a nominal.
        foreach (var rule in match.Rules)
        {
            if (rule.StartsWith("coordination", StringComparison.Ordinal) || rule.StartsWith("passive", StringComparison.Ordinal)
                || rule.StartsWith("nominal", StringComparison.Ordinal))
            {
                score -= 0.05;
            }
            else if (rule.Contains("coreference", StringComparison.Ordinal))
            {
                score -= 0.15;
            }
        }

        return Math.Round(Math.Clamp(score, 0.05, 0.95), 2);
    }

    private static EventActor ToActor(AnalyzedText text, ActorMention mention) =>
        new(mention.Code, mention.Country, mention.Org, mention.Role, mention.Name, Slice(text, mention.Start, mention.EndExclusive));

    // An actor of no words (TABARI's default source) has no text.
    private static string Slice(AnalyzedText text, int start, int endExclusive) =>
        endExclusive <= start ? string.Empty : text.Text[text.Tokens[start].Start..text.Tokens[endExclusive - 1].EndExclusive];

    private static TokenRange Relative(SentenceSpan sentence, int start, int endExclusive) =>
        new(start - sentence.FirstToken, endExclusive - sentence.FirstToken);
}
