using System.Collections.Frozen;

namespace Parley.Text;

/// <summary>
/// A cheap check that a text is English: the share of common English function words among its words that
/// are not capitalised (names are left out, since a text dense with names is still English; about 40 % in
/// news prose, under 5 % in other languages written in Latin script), and the share of its letters that are Latin.
/// </summary>
public static class EnglishDetector
{
    /// <summary>Texts with fewer words than this are accepted unless they have no Latin letters at all.</summary>
    public const int MinWordsToJudge = 12;

    /// <summary>The lowest function-word share accepted as English.</summary>
    public const double MinFunctionWordShare = 0.12;

    /// <summary>The function words counted (see <see cref="WordTraits.FunctionWord"/>).</summary>
    internal static readonly string[] FunctionWordList =
    [
        "the", "a", "an", "of", "to", "in", "and", "or", "but", "on", "at", "by", "for", "with", "from", "that", "this",
        "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "said", "it",
        "its", "he", "she", "they", "his", "her", "their", "we", "our", "not", "as", "after", "against", "between",
        "which", "who", "also", "than", "about", "over", "into", "there", "no", "can", "could", "should", "may",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = FunctionWordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is one of the English function words counted here ("the", "is", "who"), in any case.</summary>
    internal static bool IsFunctionWord(ReadOnlySpan<char> word) => Lookup.Contains(word);

    /// <summary>Judges an analysed text; <paramref name="functionWordShare"/> is the measured share.</summary>
    public static bool LooksEnglish(AnalyzedText text, out double functionWordShare)
    {
        ArgumentNullException.ThrowIfNull(text);
        var allWords = 0;
        var words = 0;
        var function = 0;
        var latin = 0;
        var letters = 0;
        // The token array itself (not the IReadOnlyList): this loop runs over every token of every document.
        var tokens = text.TokenSpan;
        var characters = text.Text.AsSpan();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            allWords++;
            var isFunction = (token.Traits & WordTraits.FunctionWord) != 0;
            if (isFunction || !token.Has(TokenFlags.Capitalized))
            {
                words++;
                if (isFunction)
                {
                    function++;
                }
            }

            foreach (var c in characters.Slice(token.Start, token.Length))
            {
                // An ASCII letter is a Latin letter; char.IsLetter decides the rest.
                if (char.IsAsciiLetter(c))
                {
                    letters++;
                    latin++;
                }
                else if (c >= '\u0080' && char.IsLetter(c))
                {
                    letters++;
                    if (c < '\u0250')
                    {
                        latin++;
                    }
                }
            }
        }

        functionWordShare = words == 0 ? 0 : (double)function / words;
        if (letters == 0 || latin < letters / 2)
        {
            return false;
        }

        return allWords < MinWordsToJudge || functionWordShare >= MinFunctionWordShare;
    }
}
