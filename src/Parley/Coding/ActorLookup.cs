using Parley.Lexicon;
using Parley.Text;

namespace Parley.Coding;

/// <summary>Resolves a phrase as the coder would inside a sentence: "the Armenian prime minister" on 2022-10-31.</summary>
public sealed class ActorLookup(ActorDictionary dictionary)
{
    private readonly ActorMentionFinder _finder = new(dictionary);

    /// <summary>The actors named in <paramref name="phrase"/>, resolved on <paramref name="date"/>.</summary>
    public IReadOnlyList<ActorLookupMatch> Lookup(string phrase, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var text = AnalyzedText.Analyze(phrase);
        if (text.Tokens.Count == 0)
        {
            return [];
        }

        // The whole phrase is one sentence, whatever its punctuation.
        var all = new SentenceSpan(0, text.Tokens.Count, 0, text.Text.Length);
        return _finder.Find(text, all, date)
            .Select(m => new ActorLookupMatch(m, text.Text[text.Tokens[m.Start].Start..text.Tokens[m.EndExclusive - 1].EndExclusive]))
            .ToList();
    }
}
