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
    /// <summary>
    /// The first place of the sentence, with the tokens that name it. A name that two countries' regions share ("Punjab")
    /// takes the country the sentence gives it ("the Indian state of Punjab"), else that of the dateline
    /// (<paramref name="contextCountry"/>), else none.
    /// </summary>
    public static FoundLocation? Find(AnalyzedText text, SentenceSpan sentence, Gazetteer places, ActorDictionary actors, string? contextCountry = null)
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

            // "in the Indian state of Punjab", "in the northern province of Sindh", "near the restive town of Jenin": the
            // place is named after "of"; the words before it describe it (a country adjective says whose it is).
            var described = DescribedPlaceStart(text, start, sentence.EndTokenExclusive, actors, out var describedCountry);
            if (described > 0)
            {
                start = described;
            }

            // "in March 2001", "on Sunday": a month or weekday is a time, not the town of that name.
            if (start >= sentence.EndTokenExclusive || !text.Tokens[start].Has(TokenFlags.Capitalized) || DateFinder.IsMonthOrWeekday(text.TokenText(start)))
            {
                continue;
            }

            var length = places.Match(text, start, sentence.EndTokenExclusive, out var place);
            // "in Montenegro", "in Georgia": where the same words name a country, the country is meant, not a town of that name abroad.
            var countryLength = actors.Match(text, start, sentence.EndTokenExclusive, out var named);
            if (length > 0 && place is not null && !(countryLength >= length && named is not null && NamesOtherCountry(named.Entries, place.Country)))
            {
                return new FoundLocation(Settled(place, places, describedCountry ?? contextCountry), start, start + length);
            }

            var country = named is null ? null : FirstCountry(named.Entries);
            if (countryLength > 0 && country is not null)
            {
                return new FoundLocation(new EventLocation(country.Name, country.Country, null, null, LocationPrecision.Country), start, start + countryLength);
            }
        }

        return null;
    }

    // Loops rather than lambdas: a lambda over 'place' made the compiler allocate its closure at every token of every sentence.
    private static bool NamesOtherCountry(IReadOnlyList<ActorEntry> entries, string? placeCountry)
    {
        for (var k = 0; k < entries.Count; k++)
        {
            if (entries[k].Kind == ActorKind.Country && entries[k].Country != placeCountry)
            {
                return true;
            }
        }

        return false;
    }

    private static ActorEntry? FirstCountry(IReadOnlyList<ActorEntry> entries)
    {
        for (var k = 0; k < entries.Count; k++)
        {
            if (entries[k].Kind == ActorKind.Country)
            {
                return entries[k];
            }
        }

        return null;
    }

    // How many words a description of a place may have before its place noun: "the remote north-western province of".
    private const int MaxDescriptionWords = 4;

    // Nouns of places that news puts before "of" and a name: "the state of Punjab", "the city of Aleppo".
    private static readonly string[] PlaceNouns =
    [
        "state", "province", "region", "district", "city", "town", "village", "county", "governorate", "prefecture",
        "territory", "enclave", "port", "capital", "island", "oblast", "municipality", "area", "republic",

        // Parts of a place: "in the centre of Sumy", "on the outskirts of Khartoum", "the streets of Tbilisi".
        "centre", "center", "outskirts", "heart", "suburbs", "streets",
    ];

    /// <summary>Whether the word is a noun of a place or a part of one that news puts before "of" and a name ("city", "outskirts").</summary>
    internal static bool IsPlaceNoun(ReadOnlySpan<char> word)
    {
        foreach (var noun in PlaceNouns)
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The first token of the name in "[adjectives] PLACE-NOUN of NAME" starting at start, or -1; the country of a
    // country adjective among the description ("Indian"), if any.
    internal static int DescribedPlaceStart(AnalyzedText text, int start, int end, ActorDictionary actors, out string? country)
    {
        country = null;
        for (var k = start; k < end - 2 && k <= start + MaxDescriptionWords; k++)
        {
            var word = text.TokenText(k);
            if (IsPlaceNoun(word) && !text.Tokens[k].Has(TokenFlags.Capitalized)
                && text.TokenText(k + 1).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return k + 2;
            }

            if (text.Tokens[k].Has(TokenFlags.Capitalized))
            {
                // Only a country adjective may be capitalised in the description: "Indian", "Pakistani".
                country = actors.Match(text, k, k + 1, out var named) == 1 && named is not null ? AdjectiveCountry(named) : null;
                if (country is null)
                {
                    return -1;
                }
            }
            else if (!char.IsLetter(word[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static string? AdjectiveCountry(ActorCandidates named)
    {
        var entries = named.Entries;
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            if (entry.Kind == ActorKind.CountryAdjective && entry.Country is not null)
            {
                return entry.Country;
            }
        }

        return null;
    }

    // A place whose name two countries' regions share has the country the text gives it, if one of them; else none.
    private static EventLocation Settled(PlaceInfo place, Gazetteer places, string? country)
    {
        if (!places.IsUndecided(place))
        {
            return Of(place, place.Country);
        }

        if (country is null || (country != place.Country && !places.NameIsAlsoIn(place, country)))
        {
            return Of(place, null);
        }

        // The gazetteer's place is the other country's: its coordinates are not those of the place meant.
        return country == place.Country ? Of(place, country) : Of(place, country) with { Latitude = null, Longitude = null };
    }

    // A place of the gazetteer as an event's location; a state or province has no coordinates (NaN), only its region.
    // The country is left out where the name is that of regions of two countries ("Punjab").
    internal static EventLocation Of(PlaceInfo place, string? country)
    {
        var precision = place.Kind == PlaceKind.Region ? LocationPrecision.Region : LocationPrecision.City;
        return new EventLocation(place.Name, country, double.IsNaN(place.Latitude) ? null : place.Latitude,
            double.IsNaN(place.Longitude) ? null : place.Longitude, precision);
    }
}

/// <summary>A place a sentence names, and its tokens [<paramref name="Start"/>, <paramref name="EndExclusive"/>).</summary>
internal readonly record struct FoundLocation(EventLocation Location, int Start, int EndExclusive);
