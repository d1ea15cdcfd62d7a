namespace Parley.Tagging;

/// <summary>A noun phrase or verb group: a run of tokens with its head.</summary>
/// <param name="Kind">Noun phrase or verb group.</param>
/// <param name="FirstToken">Index of the first token (in the document's token array when chunking an <see cref="Text.AnalyzedText"/>).</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="HeadToken">Index of the head: the last noun of a noun phrase, the main verb of a verb group.</param>
/// <param name="Flags">Voice, negation, modality of a verb group.</param>
/// <param name="ParticleToken">Index of the phrasal particle, or -1.</param>
public readonly record struct Chunk(ChunkKind Kind, int FirstToken, int TokenCount, int HeadToken, ChunkFlags Flags, int ParticleToken)
{
    /// <summary>Index one past the last token.</summary>
    public int EndTokenExclusive => FirstToken + TokenCount;

    /// <summary>Whether the chunk has all of <paramref name="flags"/>.</summary>
    public bool Has(ChunkFlags flags) => (Flags & flags) == flags;
}
