using Parley.Lexicon;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// The coarse tags of one sentence in per-thread buffers, grown to the longest sentence seen: the tags live only while
/// one sentence is coded, and tagging allocates nothing.
/// </summary>
internal static class SentenceTags
{
    [ThreadStatic]
    private static PosTag[]? t_posTags;

    [ThreadStatic]
    private static CoarseTag[]? t_coarseTags;

    /// <summary>The sentence's tags, token <c>i</c>'s at <c>i - sentence.FirstToken</c>; valid until the thread tags again.</summary>
    public static ReadOnlySpan<CoarseTag> Tag(PosTagger tagger, AnalyzedText text, SentenceSpan sentence)
    {
        var n = sentence.TokenCount;
        if (t_posTags is null || t_coarseTags is null || t_posTags.Length < n)
        {
            t_posTags = new PosTag[Math.Max(64, n * 2)];
            t_coarseTags = new CoarseTag[t_posTags.Length];
        }

        var pos = t_posTags.AsSpan(0, n);
        var coarse = t_coarseTags.AsSpan(0, n);
        tagger.Tag(text, sentence, pos);
        for (var k = 0; k < pos.Length; k++)
        {
            coarse[k] = pos[k].IsVerb() || pos[k] == PosTag.MD ? CoarseTag.Verb : pos[k].IsNoun() ? CoarseTag.Noun : CoarseTag.Other;
        }

        return coarse;
    }
}
