namespace Parley.Tagging.Internal;

/// <summary>The contents of a tagger model, as the trainer produces it and <see cref="TaggerModelWriter"/> writes it.</summary>
/// <param name="Words">Every word form of the training data and the four boundary words, sorted ordinally.</param>
/// <param name="FixedTags">Per word, the tag of the tag dictionary, or -1 when the word is left to the model.</param>
/// <param name="Features">Feature keys (sorted) with one weight per tag.</param>
/// <param name="VerbLemmas">Lower-cased words seen as base-form verbs, sorted.</param>
/// <param name="NounLemmas">Lower-cased words seen as singular common nouns, sorted.</param>
internal sealed record TaggerModelData(
    IReadOnlyList<string> Words,
    IReadOnlyList<sbyte> FixedTags,
    IReadOnlyList<(ulong Key, float[] Weights)> Features,
    IReadOnlyList<string> VerbLemmas,
    IReadOnlyList<string> NounLemmas);
