using Parley.Lexicon.Places;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Recognises a dateline at the start of a document's first sentence: a place in capitals or followed by a date or
/// an agency in parentheses, then a dash — "MOSCOW, Oct 31 (Reuters) -", "YEREVAN -", "Kyiv, 3 March (AFP) -".
/// </summary>
internal static class DatelineFinder
{
    /// <summary>How many tokens a dateline may have before its dash.</summary>
    public const int MaxLength = 14;

    public static Dateline? Find(AnalyzedText text, SentenceSpan sentence, Gazetteer places, DateOnly? publication)
    {
        var first = sentence.FirstToken;
        var limit = Math.Min(sentence.EndTokenExclusive, first + MaxLength);
        var dash = -1;
        for (var i = first + 1; i < limit; i++)
        {
            if (text.TokenText(i) is "-" or "--" or "—" or "–")
            {
                dash = i;
                break;
            }
        }

        if (dash < 0 || !text.Tokens[first].Has(TokenFlags.Capitalized))
        {
            return null;
        }

        var allCaps = text.Tokens[first].Has(TokenFlags.AllCaps) && text.TokenText(first).Length > 2;
        var agency = text.TokenText(dash - 1) is ")";
        var date = DateFinder.Find(text, first + 1, dash, publication, future: false);
        if (!allCaps && !agency && date is null)
        {
            return null;
        }

        // A headline like "NATO - Russia talks" is no dateline: a bare capitalised word must be a known place.
        var location = MatchPlace(text, first, dash, places);
        return location is null && !agency && date is null ? null : new Dateline(dash + 1, location, date);
    }

    private static EventLocation? MatchPlace(AnalyzedText text, int start, int end, Gazetteer places)
    {
        var length = places.Match(text, start, end, out var place);
        if (length <= 0 || place is null)
        {
            return null;
        }

        return LocationFinder.Of(place, places.IsUndecided(place) ? null : place.Country);
    }
}
