using System.Globalization;
using Parley.Data;

namespace Parley.Lexicon.Actors;

/// <summary>Reads the dates of the actor files: YYYY-MM-DD, or YYYY-MM / YYYY where only that much is known.</summary>
internal static class PartialDate
{
    /// <summary>Parses a date; a partial start is the first day of its period, a partial end the last.</summary>
    public static DateOnly Parse(string text, bool isEnd, string where)
    {
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            throw new InvalidDataFileException($"{where}: '{text}' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY).");
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : (isEnd ? 12 : 1);
        if (month is < 1 or > 12 || year < 1800)
        {
            throw new InvalidDataFileException($"{where}: '{text}' is not a date (month or year out of range).");
        }

        var lastDay = DateTime.DaysInMonth(year, month);
        var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : (isEnd ? lastDay : 1);
        if (day < 1 || day > lastDay)
        {
            throw new InvalidDataFileException($"{where}: '{text}' is not a date (day out of range).");
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>Parses "START .. END" or "START .." at the start of <paramref name="text"/>; returns the interval and the rest of the line.</summary>
    public static (Interval Interval, string Remainder) ParseInterval(string text, string where)
    {
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            throw new InvalidDataFileException($"{where}: expected 'START .. END' or 'START ..', got '{text}'.");
        }

        var start = Parse(text[..dots].Trim(), isEnd: false, where);
        var rest = text[(dots + 2)..].TrimStart();
        DateOnly? end = null;
        var firstWord = rest.Split(' ', 2)[0];
        if (firstWord.Length >= 4 && char.IsAsciiDigit(firstWord[0]))
        {
            end = Parse(firstWord, isEnd: true, where);
            rest = rest[firstWord.Length..].TrimStart();
        }

        if (end is { } e && e < start)
        {
            throw new InvalidDataFileException($"{where}: the interval ends ({e:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).");
        }

        return (new Interval(start, end), rest);
    }
}
