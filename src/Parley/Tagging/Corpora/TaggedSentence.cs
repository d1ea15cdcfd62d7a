namespace Parley.Tagging.Corpora;

/// <summary>A sentence of a tagged corpus, tokenized the way Parley's tokenizer would, with Penn tags.</summary>
/// <param name="Words">The tokens.</param>
/// <param name="Tags">One tag per token.</param>
/// <param name="Source">"file:line" of the sentence, for messages.</param>
public sealed record TaggedSentence(IReadOnlyList<string> Words, IReadOnlyList<PosTag> Tags, string Source);
