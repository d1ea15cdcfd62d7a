using Parley.Lexicon;
using Parley.Lexicon.Places;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Finds where a sentence's events happened: a place named after "in", "at" or "near" ("talks in Sochi",
/// "shelling near Donetsk"), from the gazetteer (city or region, with coordinates), else a country name
/// (precision country, without coordinates: a country's centroid is not where an event happened).
/// </summary>
internal static class LocationFinder
{
    /// <summary>The first place of the sentence, with the tokens that name it.</summary>
    public static FoundLocation? Find(AnalyzedText text, SentenceSpan sentence, Gazetteer places, ActorDictionary actors)
    {
        for (var i = sentence.FirstToken; i < sentence.EndTokenExclusive - 1; i++)
        {
            var word = text.TokenText(i);
            if (!word.Equals("in", StringComparison.OrdinalIgnoreCase) && !word.Equals("at", StringComparison.OrdinalIgnoreCase)
                && !word.Equals("near", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var start = i + 1;
            if (text.TokenText(start).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                start++;
            }

            // "in March 2001", "on Sunday": a month or weekday is a time, not the town of that name.
            if (start >= sentence.EndTokenExclusive || !text.Tokens[start].Has(TokenFlags.Capitalized) || DateFinder.IsMonthOrWeekday(text.TokenText(start)))
            {
                continue;
            }

            var length = places.Match(text, start, sentence.EndTokenExclusive, out var place);
            // "in Montenegro", "in Georgia": where the same words name a country, the country is meant, not a town of that name abroad.
            var countryLength = actors.Match(text, start, sentence.EndTokenExclusive, out var named);
            if (length > 0 && place is not null && !(countryLength >= length && named?.Entries.Any(e => e.Kind == ActorKind.Country && e.Country != place.Country) == true))
            {
                var precision = place.Kind == PlaceKind.Region ? LocationPrecision.Region : LocationPrecision.City;
                return new FoundLocation(new EventLocation(place.Name, place.Country, place.Latitude, place.Longitude, precision), start, start + length);
            }

            var country = named?.Entries.FirstOrDefault(e => e.Kind == ActorKind.Country);
            if (countryLength > 0 && country is not null)
            {
                return new FoundLocation(new EventLocation(country.Name, country.Country, null, null, LocationPrecision.Country), start, start + countryLength);
            }
        }

        return null;
    }
}

/// <summary>A place a sentence names, and its tokens [<paramref name="Start"/>, <paramref name="EndExclusive"/>).</summary>
internal readonly record struct FoundLocation(EventLocation Location, int Start, int EndExclusive);
