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

    // The sentence whose tags the buffers hold. The actor finder tags a sentence where it must (an actor a word or two
    // before a group), and the coder then tags the same sentence again: the tagger is deterministic and the text
    // immutable, so the second call reads the buffers instead. (The reference keeps the thread's last text alive, no more.)
    [ThreadStatic]
    private static AnalyzedText? t_taggedText;

    [ThreadStatic]
    private static PosTagger? t_taggedBy;

    [ThreadStatic]
    private static SentenceSpan t_taggedSentence;

    /// <summary>The sentence's tags, token <c>i</c>'s at <c>i - sentence.FirstToken</c>; valid until the thread tags again.</summary>
    public static ReadOnlySpan<CoarseTag> Tag(PosTagger tagger, AnalyzedText text, SentenceSpan sentence)
    {
        var n = sentence.TokenCount;
        if (t_coarseTags is not null && ReferenceEquals(t_taggedText, text) && ReferenceEquals(t_taggedBy, tagger) && t_taggedSentence == sentence)
        {
            return t_coarseTags.AsSpan(0, n);
        }

        // Forgotten first: should tagging throw, the buffers hold no sentence's tags.
        t_taggedText = null;
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

        (t_taggedText, t_taggedBy, t_taggedSentence) = (text, tagger, sentence);
        return coarse;
    }
}
