using System.Collections.Frozen;
using Parley.Events;

namespace Parley.Text;

/// <summary>
/// Which of the small fixed word lists that later stages test nearly every token against a token belongs to
/// (case-insensitive). <see cref="AnalyzedText.Analyze"/> looks each token up once and keeps the answer in the token,
/// so the English check, the future-tense scan, the date finder, the sentence coder's head checks and the pattern
/// matcher read a bit instead of each hashing the same token into a set of their own, often once per pattern candidate.
/// Each list stays defined by the class that uses it; the table is built from those lists.
/// </summary>
[Flags]
internal enum WordTraits : ushort
{
    /// <summary>In none of the lists.</summary>
    None = 0,

    /// <summary>An English function word of <see cref="EnglishDetector"/> ("the", "is", "who").</summary>
    FunctionWord = 1,

    /// <summary>A word that puts a sentence in the future for <see cref="DateFinder"/> ("will", "scheduled", "next").</summary>
    FutureCue = 2,

    /// <summary>A word that can start a date expression other than a number ("March", "Tuesday", "yesterday", "two", "last").</summary>
    DateTrigger = 4,

    /// <summary>A month name or its abbreviation ("October", "Oct.").</summary>
    Month = 8,

    /// <summary>A weekday name.</summary>
    Weekday = 16,

    /// <summary>A number word of the date finder ("three", "several", "a").</summary>
    NumberWord = 32,

    /// <summary>A form of "be" (or the passive "get") of the sentence coder ("was", "'s", "got").</summary>
    Be = 64,

    /// <summary>A determiner of the sentence coder ("the", "its", "every").</summary>
    Determiner = 128,

    /// <summary>A word that puts a verb, not a noun, after it for the sentence coder ("to", "will", "they").</summary>
    VerbCue = 256,

    /// <summary>A structural word the pattern matcher never skips as a modifier ("of", "and", "said").</summary>
    Structural = 512,

    /// <summary>An auxiliary the pattern matcher steps over before a verb head ("has", "were", "'ve").</summary>
    Auxiliary = 1024,

    /// <summary>An article ("the", "a", "an").</summary>
    Article = 2048,
}

/// <summary>The one table behind <see cref="WordTraits"/>: the union of the lists, built from the lists their owners define.</summary>
internal static class WordTraitTable
{
    private static readonly FrozenDictionary<string, WordTraits>.AlternateLookup<ReadOnlySpan<char>> Table = Build().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The traits of <paramref name="word"/> (case-insensitive); <see cref="WordTraits.None"/> for most words.</summary>
    public static WordTraits Of(ReadOnlySpan<char> word) => Table.TryGetValue(word, out var traits) ? traits : WordTraits.None;

    private static FrozenDictionary<string, WordTraits> Build()
    {
        var table = new Dictionary<string, WordTraits>(StringComparer.OrdinalIgnoreCase);
        void Mark(IEnumerable<string> words, WordTraits trait)
        {
            foreach (var word in words)
            {
                table[word] = table.GetValueOrDefault(word) | trait;
            }
        }

        Mark(EnglishDetector.FunctionWordList, WordTraits.FunctionWord);
        Mark(DateFinder.FutureCueWords, WordTraits.FutureCue);
        Mark(DateFinder.TriggerWords, WordTraits.DateTrigger);
        Mark(DateFinder.MonthWords, WordTraits.Month);
        Mark(DateFinder.WeekdayWords, WordTraits.Weekday);
        Mark(DateFinder.NumberWords, WordTraits.NumberWord);
        Mark(Parley.Coding.SentenceCoder.BeWords, WordTraits.Be);
        Mark(Parley.Coding.SentenceCoder.DeterminerWords, WordTraits.Determiner);
        Mark(Parley.Coding.SentenceCoder.VerbCueWords, WordTraits.VerbCue);
        Mark(Parley.Coding.PatternMatcher.StructuralWords, WordTraits.Structural);
        Mark(Parley.Coding.PatternMatcher.AuxiliaryWords, WordTraits.Auxiliary);
        Mark(Parley.Coding.PatternMatcher.ArticleWords, WordTraits.Article);
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
