namespace Parley.Tagging;

/// <summary>How well and how fast a tagger tags held-out sentences.</summary>
/// <param name="Sentences">Number of sentences tagged.</param>
/// <param name="Tokens">Number of tokens tagged.</param>
/// <param name="Correct">Tokens whose tag equals the reference.</param>
/// <param name="UnknownTokens">Tokens whose word the model never saw in training.</param>
/// <param name="UnknownCorrect">Unknown-word tokens tagged correctly.</param>
/// <param name="TokensPerSecond">Tagging speed on one thread after a warm-up pass: the median of the timed passes.</param>
/// <param name="BestTokensPerSecond">The fastest timed pass (the least disturbed by other processes).</param>
public sealed record TaggerEvaluationResult(int Sentences, int Tokens, int Correct, int UnknownTokens, int UnknownCorrect, double TokensPerSecond, double BestTokensPerSecond)
{
    /// <summary>Share of tokens tagged correctly.</summary>
    public double Accuracy => Tokens == 0 ? 0 : (double)Correct / Tokens;

    /// <summary>Share of unknown-word tokens tagged correctly.</summary>
    public double UnknownWordAccuracy => UnknownTokens == 0 ? 0 : (double)UnknownCorrect / UnknownTokens;
}
