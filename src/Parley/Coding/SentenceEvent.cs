using Parley.Lexicon;
using Parley.Ontology;

namespace Parley.Coding;

/// <summary>What the coder found in one sentence: a pattern match with its source and target.</summary>
/// <param name="Pattern">The matched pattern.</param>
/// <param name="Code">The code of the event: the pattern's code, or its reciprocal code for the reverse event.</param>
/// <param name="VerbStart">First token of the matched words (document-wide index), the head or a word before it.</param>
/// <param name="VerbEndExclusive">One past the last matched token.</param>
/// <param name="Source">Who acted.</param>
/// <param name="Target">Who was acted upon, when named.</param>
/// <param name="Modality">Whether the sentence asserts the event.</param>
/// <param name="Rules">The rules that fired, in order.</param>
public sealed record SentenceEvent(
    EventPattern Pattern,
    CameoCodeInfo Code,
    int VerbStart,
    int VerbEndExclusive,
    ActorMention Source,
    ActorMention? Target,
    Modality Modality,
    IReadOnlyList<string> Rules);
