namespace Parley.Text;

/// <summary>A sentence: a run of tokens and the characters they cover.</summary>
/// <param name="FirstToken">Index of the first token in the document's token array.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="StartChar">Index of the first character in the document text.</param>
/// <param name="EndCharExclusive">Index one past the last character.</param>
public readonly record struct SentenceSpan(int FirstToken, int TokenCount, int StartChar, int EndCharExclusive)
{
    /// <summary>Index one past the last token.</summary>
    public int EndTokenExclusive => FirstToken + TokenCount;
}
