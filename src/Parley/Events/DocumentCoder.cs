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
        _coder = new SentenceCoder(actors, patterns);
    }

    /// <summary>A coder over the built-in codebook, dictionaries and gazetteer.</summary>
    public static DocumentCoder CreateDefault() => new(Codebook.Default, ActorDictionary.Default, PatternLexicon.Default, Gazetteer.Default);

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
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            var found = _coder.Code(text, sentence, document.PublicationDate);
            if (found.Count == 0)
            {
                continue;
            }

            var sentenceText = text.SentenceText(s);
            var location = LocationFinder.Find(text, sentence, _places, _actors);
            foreach (var match in found)
            {
                var coded = Assemble(document, text, s, sentenceText, sentence, match, location);
                var key = (coded.Source.Code, coded.Target?.Code, coded.Code.Code.Value, coded.Date, coded.Modality);
                if (byKey.TryGetValue(key, out var existing))
                {
                    events[existing] = events[existing] with { Mentions = events[existing].Mentions + 1 };
                }
                else
                {
                    byKey[key] = events.Count;
                    events.Add(coded);
                }
            }
        }

        return new DocumentResult(document, text.Sentences.Count, events, null) { TokenCount = text.Tokens.Count };
    }

    private static CodedEvent Assemble(SourceDocument document, AnalyzedText text, int sentenceIndex, string sentenceText, SentenceSpan sentence, SentenceEvent match, EventLocation? location)
    {
        var rules = new List<string>(match.Rules);
        var precision = document.PublicationDate is null ? DatePrecision.None : DatePrecision.Publication;
        rules.Add(document.PublicationDate is null ? "date: none given" : "date: publication date (no date in the sentence)");
        if (location is not null)
        {
            rules.Add($"location: '{location.Name}' named in the sentence");
        }

        var source = ToActor(text, match.Source);
        var target = match.Target is null ? null : ToActor(text, match.Target);
        var explanation = new EventExplanation(
            $"{match.Code.Code.Value} '{match.Pattern.Text}'",
            match.Pattern.Id,
            Slice(text, match.VerbStart, match.VerbEndExclusive),
            Relative(sentence, match.VerbStart, match.VerbEndExclusive),
            Relative(sentence, match.Source.Start, match.Source.EndExclusive),
            match.Target is null ? null : Relative(sentence, match.Target.Start, match.Target.EndExclusive),
            rules);
        return new CodedEvent(
            document.Id,
            sentenceIndex,
            sentenceText,
            document.PublicationDate,
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

        if (match.Rules.Count > 0)
        {
            score -= 0.05 * match.Rules.Count(r => r.StartsWith("coordination", StringComparison.Ordinal) || r.StartsWith("passive", StringComparison.Ordinal));
        }

        return Math.Round(Math.Clamp(score, 0.05, 0.95), 2);
    }

    private static EventActor ToActor(AnalyzedText text, ActorMention mention) =>
        new(mention.Code, mention.Country, mention.Org, mention.Role, mention.Name, Slice(text, mention.Start, mention.EndExclusive));

    private static string Slice(AnalyzedText text, int start, int endExclusive) =>
        text.Text[text.Tokens[start].Start..text.Tokens[endExclusive - 1].EndExclusive];

    private static TokenRange Relative(SentenceSpan sentence, int start, int endExclusive) =>
        new(start - sentence.FirstToken, endExclusive - sentence.FirstToken);
}
