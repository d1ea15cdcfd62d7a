using Parley.Text;

namespace Parley.Tagging;

/// <summary>
/// Groups tagged tokens into base noun phrases and verb groups, by rules over the tags and a few words.
/// </summary>
/// <remarks>
/// Noun phrase: [predeterminer] [determiner | possessive pronoun] [numbers] [adverbs + adjectives, participles before a noun]
/// nouns, and, after a possessive "'s", the possessed phrase ("Russia's foreign minister" is one phrase, head "minister");
/// a pronoun or a number alone is a phrase too. Verb group: modals, auxiliaries, adverbs and negation between them, the
/// main verb (the last verb), then an adjacent particle; "to" before a base verb opens an infinitive group. A group is
/// passive when its main verb is a past participle after a form of "be" or "get".
/// </remarks>
public static class Chunker
{
    /// <summary>Chunks a tagged sentence of <paramref name="text"/>; token indices in the result are document indices.</summary>
    /// <param name="text">The analysed text.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="tags">The sentence's tags, one per token (from <see cref="PosTagger"/>).</param>
    public static IReadOnlyList<Chunk> Chunk(AnalyzedText text, SentenceSpan sentence, ReadOnlySpan<PosTag> tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = new List<Chunk>();
        Chunk(text.Text, text.TokenSpan.Slice(sentence.FirstToken, sentence.TokenCount), tags, sentence.FirstToken, chunks);
        return chunks;
    }

    /// <summary>Chunks one sentence given as tokens of <paramref name="text"/>; appends the chunks to <paramref name="output"/>.</summary>
    /// <param name="text">The characters the tokens refer to.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="tags">One tag per token.</param>
    /// <param name="firstTokenIndex">Added to every token index of the result.</param>
    /// <param name="output">Receives the chunks in order.</param>
    public static void Chunk(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, ReadOnlySpan<PosTag> tags, int firstTokenIndex, List<Chunk> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (tags.Length < tokens.Length)
        {
            throw new ArgumentException($"{tags.Length} tags for {tokens.Length} tokens.", nameof(tags));
        }

        var i = 0;
        while (i < tokens.Length)
        {
            var end = ReadNounPhrase(tags, tokens.Length, i, out var head);
            if (end > i)
            {
                output.Add(new Chunk(ChunkKind.NounPhrase, firstTokenIndex + i, end - i, firstTokenIndex + head, ChunkFlags.None, -1));
                i = end;
                continue;
            }

            end = ReadVerbGroup(text, tokens, tags, i, out head, out var flags, out var particle);
            if (end > i)
            {
                output.Add(new Chunk(ChunkKind.VerbGroup, firstTokenIndex + i, end - i, firstTokenIndex + head, flags, particle < 0 ? -1 : firstTokenIndex + particle));
                i = end;
                continue;
            }

            i++;
        }
    }

    private static int ReadNounPhrase(ReadOnlySpan<PosTag> tags, int n, int start, out int head)
    {
        head = -1;
        var i = start;
        if (tags[i] is PosTag.PRP or PosTag.EX)
        {
            head = i;
            return i + 1;
        }

        if (tags[i] == PosTag.PDT)
        {
            i++;
        }

        if (i < n && tags[i] is PosTag.DT or PosTag.PRPS or PosTag.WPS)
        {
            i++;
        }

        while (true)
        {
            // Modifiers: numbers, adverbs before adjectives ("very large"), adjectives, and participles followed by a noun.
            while (i < n && (tags[i] is PosTag.CD || tags[i].IsAdjective()
                || (tags[i] is PosTag.RB or PosTag.RBS or PosTag.RBR && i + 1 < n && tags[i + 1].IsAdjective())
                || (tags[i] is PosTag.VBN or PosTag.VBG && i > start && i + 1 < n && tags[i + 1].IsNoun())))
            {
                i++;
            }

            var nounsStart = i;
            while (i < n && tags[i].IsNoun())
            {
                i++;
            }

            if (i > nounsStart)
            {
                head = i - 1;
            }
            else if (i > start && tags[i - 1] is PosTag.CD or PosTag.DT && head < 0)
            {
                head = i - 1; // "the three", "all": a number or determiner standing for the noun
            }
            else if (head < 0)
            {
                return start; // no noun: not a noun phrase ("the" alone, an adjective in predicate position)
            }

            // A possessive joins the possessor to the possessed: "Russia's foreign minister".
            if (i < n && tags[i] == PosTag.POS && i > nounsStart && i + 1 < n && (tags[i + 1].IsNoun() || tags[i + 1].IsAdjective() || tags[i + 1] == PosTag.CD))
            {
                i++;
                continue;
            }

            if (i < n && tags[i] == PosTag.POS)
            {
                i++; // "the president's" at the end of a phrase
            }

            return i;
        }
    }

    private static int ReadVerbGroup(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, ReadOnlySpan<PosTag> tags, int start, out int head, out ChunkFlags flags, out int particle)
    {
        head = -1;
        flags = ChunkFlags.None;
        particle = -1;
        var n = tokens.Length;
        var i = start;
        if (tags[i] == PosTag.TO)
        {
            if (i + 1 >= n || tags[i + 1] != PosTag.VB)
            {
                return start;
            }

            flags |= ChunkFlags.Infinitive;
            i++;
        }

        if (!(tags[i].IsVerb() || tags[i] == PosTag.MD))
        {
            return start;
        }

        var sawBe = false;
        var lastVerb = -1;
        while (i < n)
        {
            var tag = tags[i];
            var word = Word(text, tokens[i]);
            if (tag == PosTag.MD)
            {
                flags |= ChunkFlags.Modal;
            }
            else if (tag.IsVerb())
            {
                if (lastVerb >= 0 && IsBeOrGet(Word(text, tokens[lastVerb])))
                {
                    sawBe = true;
                }

                lastVerb = i;
            }
            else if (tag.IsAdverb() && VerbFollowsAdverbs(tags, i))
            {
                if (IsNegation(word))
                {
                    flags |= ChunkFlags.Negated;
                }
            }
            else
            {
                break;
            }

            i++;
        }

        if (lastVerb < 0)
        {
            return start; // modals and adverbs only ("can" in an elliptical answer) do not make a group
        }

        // Trailing adverbs belong to the clause, not the group: end after the last verb.
        i = lastVerb + 1;
        head = lastVerb;
        if (sawBe && tags[lastVerb] == PosTag.VBN)
        {
            flags |= ChunkFlags.Passive;
        }

        if (i < n && tags[i] == PosTag.RP)
        {
            particle = i;
            flags |= ChunkFlags.Particle;
            i++;
        }

        return i;
    }

    // "has not yet been": adverbs stay inside the group when a verb follows them.
    private static bool VerbFollowsAdverbs(ReadOnlySpan<PosTag> tags, int i)
    {
        while (i < tags.Length && tags[i].IsAdverb())
        {
            i++;
        }

        return i < tags.Length && tags[i].IsVerb();
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, TokenData token) => text.Slice(token.Start, token.Length);

    private static bool IsNegation(ReadOnlySpan<char> word) =>
        word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("n't", StringComparison.OrdinalIgnoreCase)
        || word.Equals("never", StringComparison.OrdinalIgnoreCase);

    private static bool IsBeOrGet(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[8];
        if (word.Length > lower.Length)
        {
            return false;
        }

        var length = word.ToLowerInvariant(lower);
        return lower[..length] is "be" or "is" or "are" or "am" or "was" or "were" or "been" or "being" or "'s" or "'re" or "'m"
            or "get" or "gets" or "got" or "gotten" or "getting";
    }
}
