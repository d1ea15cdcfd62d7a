using Parley.Text;

namespace Parley.Lexicon.Internal;

/// <summary>Splits a dictionary phrase into words with the same tokenizer that splits the text, so both agree.</summary>
internal static class PhraseWords
{
    public static string[] Split(string phrase, bool dropLeadingArticle)
    {
        var normalized = TextNormalizer.Normalize(phrase.Trim());
        var tokens = new TokenBuffer(8);
        Tokenizer.Tokenize(normalized, tokens);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = normalized.Substring(tokens[i].Start, tokens[i].Length);
        }

        return dropLeadingArticle && words.Length > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? words[1..] : words;
    }
}
