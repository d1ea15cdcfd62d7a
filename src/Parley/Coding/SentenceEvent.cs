using Parley.Lexicon;

namespace Parley.Coding;

/// <summary>What the coder found in one sentence: a pattern match with its source and target.</summary>
/// <param name="Pattern">The matched pattern.</param>
/// <param name="VerbStart">First token of the matched words (document-wide index).</param>
/// <param name="VerbEndExclusive">One past the last matched token.</param>
/// <param name="Source">Who acted.</param>
/// <param name="Target">Who was acted upon, when named.</param>
/// <param name="Modality">Whether the sentence asserts the event.</param>
/// <param name="Rules">The rules that fired, in order.</param>
public sealed record SentenceEvent(
    VerbPattern Pattern,
    int VerbStart,
    int VerbEndExclusive,
    ActorMention Source,
    ActorMention? Target,
    Modality Modality,
    IReadOnlyList<string> Rules);
