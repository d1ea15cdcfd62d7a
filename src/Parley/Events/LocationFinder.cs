using Parley.Lexicon;
using Parley.Text;

namespace Parley.Events;

/// <summary>Finds where a sentence's events happened: a place named after "in" or "at" ("talks in Moscow").</summary>
internal static class LocationFinder
{
    public static EventLocation? Find(AnalyzedText text, SentenceSpan sentence, ActorDictionary places)
    {
        for (var i = sentence.FirstToken; i < sentence.EndTokenExclusive - 1; i++)
        {
            var word = text.TokenText(i);
            if (!word.Equals("in", StringComparison.OrdinalIgnoreCase) && !word.Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var start = i + 1;
            if (text.TokenText(start).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                start++;
            }

            if (start >= sentence.EndTokenExclusive || !text.Tokens[start].Has(TokenFlags.Capitalized))
            {
                continue;
            }

            var length = places.Match(text, start, sentence.EndTokenExclusive, out var candidates);
            var entry = candidates?.Entries.FirstOrDefault(e => e.Kind is ActorKind.Metonym or ActorKind.Country);
            if (length > 0 && entry is not null)
            {
                var name = text.Text[text.Tokens[start].Start..text.Tokens[start + length - 1].EndExclusive];
                return entry.Kind == ActorKind.Country
                    ? new EventLocation(entry.Name, entry.Country, null, null, LocationPrecision.Country)
                    : new EventLocation(name, entry.Country, null, null, LocationPrecision.City);
            }
        }

        return null;
    }
}
