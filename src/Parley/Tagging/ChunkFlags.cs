namespace Parley.Tagging;

/// <summary>Facts about a verb group.</summary>
[Flags]
public enum ChunkFlags : byte
{
    /// <summary>None of the flags.</summary>
    None = 0,
    /// <summary>Passive voice: a form of "be" or "get" with the main verb a past participle ("was attacked", "has been attacked").</summary>
    Passive = 1,
    /// <summary>Negated by "not", "n't" or "never" inside the group.</summary>
    Negated = 2,
    /// <summary>Has a modal ("will meet", "could have met").</summary>
    Modal = 4,
    /// <summary>An infinitive with "to" ("to meet").</summary>
    Infinitive = 8,
    /// <summary>Ends with a phrasal particle ("called off"); see <see cref="Chunk.ParticleToken"/>.</summary>
    Particle = 16,
}
