namespace Parley.Tagging;

/// <summary>Names and classes of <see cref="PosTag"/> values.</summary>
public static class PosTags
{
    /// <summary>Number of tags.</summary>
    public const int Count = (int)PosTag.CloseParen + 1;

    private static readonly string[] Names =
    [
        "NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "RP",
        "DT", "PDT", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "IN", "TO", "CC", "CD", "EX", "UH", "POS", ".", ",", ":", "``", "''",
        "(", ")",
    ];

    /// <summary>The Penn Treebank name of <paramref name="tag"/> ("NN", "PRP$", ".", "``").</summary>
    public static string ToPennName(this PosTag tag) =>
        (uint)tag < (uint)Names.Length ? Names[(int)tag] : throw new ArgumentOutOfRangeException(nameof(tag), tag, $"Value should be in range [0-{Count - 1}].");

    /// <summary>Parses a Penn Treebank tag name as written by <see cref="ToPennName"/>.</summary>
    public static bool TryParsePennName(ReadOnlySpan<char> name, out PosTag tag)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                tag = (PosTag)i;
                return true;
            }
        }

        tag = default;
        return false;
    }

    /// <summary>Whether the tag is a common or proper noun (NN, NNS, NNP, NNPS).</summary>
    public static bool IsNoun(this PosTag tag) => tag <= PosTag.NNPS;

    /// <summary>Whether the tag is a proper noun (NNP, NNPS).</summary>
    public static bool IsProperNoun(this PosTag tag) => tag is PosTag.NNP or PosTag.NNPS;

    /// <summary>Whether the tag is a verb form (VB, VBD, VBG, VBN, VBP, VBZ); modals are not.</summary>
    public static bool IsVerb(this PosTag tag) => tag is >= PosTag.VB and <= PosTag.VBZ;

    /// <summary>Whether the tag is an adjective (JJ, JJR, JJS).</summary>
    public static bool IsAdjective(this PosTag tag) => tag is >= PosTag.JJ and <= PosTag.JJS;

    /// <summary>Whether the tag is an adverb (RB, RBR, RBS).</summary>
    public static bool IsAdverb(this PosTag tag) => tag is >= PosTag.RB and <= PosTag.RBS;

    /// <summary>Whether the tag is punctuation.</summary>
    public static bool IsPunctuation(this PosTag tag) => tag >= PosTag.Period;
}
