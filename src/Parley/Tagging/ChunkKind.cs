namespace Parley.Tagging;

/// <summary>What a chunk is.</summary>
public enum ChunkKind : byte
{
    /// <summary>A base noun phrase: determiners, adjectives, compound nouns, proper-noun sequences, possessives ("Russia's foreign minister").</summary>
    NounPhrase,
    /// <summary>A verb group: modals, auxiliaries, adverbs and negation inside it, the main verb and an adjacent particle ("has not been called off").</summary>
    VerbGroup,
}
