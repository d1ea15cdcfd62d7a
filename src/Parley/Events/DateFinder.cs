using System.Collections.Frozen;
using System.Globalization;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Reads the date a sentence gives its events: explicit dates in the common news forms ("Oct. 31", "31 October 2022",
/// "October 31, 2022", "2022-10-31", "in March 2021", "in 2008"), weekdays relative to the reference date ("on Tuesday":
/// the latest Tuesday on or before it, or the next one when the sentence speaks of the future), and relative words
/// ("yesterday", "today", "tomorrow", "last week", "last month", "last year", "three days ago", "earlier this month").
/// Without a year, a day or month is placed in the year that puts it on or before the reference date (after it, in the future).
/// </summary>
internal static class DateFinder
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["jan."] = 1, ["february"] = 2, ["feb"] = 2, ["feb."] = 2, ["march"] = 3, ["mar"] = 3, ["mar."] = 3,
        ["april"] = 4, ["apr"] = 4, ["apr."] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["jun."] = 6, ["july"] = 7, ["jul"] = 7, ["jul."] = 7,
        ["august"] = 8, ["aug"] = 8, ["aug."] = 8, ["september"] = 9, ["sep"] = 9, ["sep."] = 9, ["sept"] = 9, ["sept."] = 9,
        ["october"] = 10, ["oct"] = 10, ["oct."] = 10, ["november"] = 11, ["nov"] = 11, ["nov."] = 11, ["december"] = 12, ["dec"] = 12, ["dec."] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["several"] = 3, ["few"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> names a month or a weekday ("March", "Tue"): the words of a date.</summary>
    internal static bool IsMonthOrWeekday(ReadOnlySpan<char> word) => Months.ContainsKey(word) || Weekdays.ContainsKey(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Triggers = Months.Dictionary.Keys
        .Concat(Weekdays.Dictionary.Keys).Concat(Numbers.Dictionary.Keys)
        .Concat(["yesterday", "today", "tonight", "tomorrow", "last", "next", "this"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that put a sentence in the future: a weekday then means the next such day.
    internal static readonly string[] FutureCueWords = ["will", "'ll", "shall", "wo", "scheduled", "due", "upcoming", "planned", "plans", "next"];

    // The lists as the token traits give them (one lookup per token in AnalyzedText.Analyze, see WordTraits).
    internal static IEnumerable<string> MonthWords => Months.Dictionary.Keys;

    internal static IEnumerable<string> WeekdayWords => Weekdays.Dictionary.Keys;

    internal static IEnumerable<string> NumberWords => Numbers.Dictionary.Keys;

    internal static IEnumerable<string> TriggerWords => Triggers.Set;

    /// <summary>Whether a token range speaks of the future ("will meet", "is scheduled to", "next").</summary>
    public static bool SpeaksOfFuture(AnalyzedText text, int from, int endExclusive)
    {
        for (var i = from; i < endExclusive; i++)
        {
            if ((text.TokenTraits(i) & WordTraits.FutureCue) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first date expression in tokens [<paramref name="from"/>, <paramref name="endExclusive"/>), if any.</summary>
    /// <param name="text">The analysed document.</param>
    /// <param name="from">First token to look at.</param>
    /// <param name="endExclusive">One past the last token to look at.</param>
    /// <param name="reference">The date relative expressions count from (dateline or publication date); without it only dates with a year are read.</param>
    /// <param name="future">Whether the sentence speaks of the future.</param>
    public static FoundDate? Find(AnalyzedText text, int from, int endExclusive, DateOnly? reference, bool future)
    {
        for (var i = from; i < endExclusive; i++)
        {
            if (TryAt(text, i, from, endExclusive, reference, future) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Every date expression in tokens [<paramref name="from"/>, <paramref name="endExclusive"/>), in order, or <c>null</c>
    /// when there is none (no list is allocated then).
    /// </summary>
    public static List<FoundDate>? FindAll(AnalyzedText text, int from, int endExclusive, DateOnly? reference, bool future)
    {
        List<FoundDate>? found = null;
        for (var i = from; i < endExclusive; i++)
        {
            if (TryAt(text, i, from, endExclusive, reference, future) is { } date)
            {
                (found ??= []).Add(date);
                i = date.EndExclusive - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// Of the dates of a sentence, the one nearest the event's words: "In 2008 Russia fought Georgia; on Tuesday it …".
    /// A possessive date ("Tuesday's attack") counts only for the noun right after it; null when no date counts.
    /// </summary>
    public static FoundDate? Nearest(List<FoundDate> dates, int eventStart, int eventEndExclusive)
    {
        ArgumentNullException.ThrowIfNull(dates);
        FoundDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            // A possessive date ("Tuesday's attack", "ahead of Sunday's election") dates only the noun it qualifies:
            // the event whose words begin within three words after it.
            if (date.OfNoun && !(eventStart > date.EndExclusive && eventStart <= date.EndExclusive + 3))
            {
                continue;
            }

            var distance = date.EndExclusive <= eventStart ? eventStart - date.EndExclusive
                : date.Start >= eventEndExclusive ? date.Start - eventEndExclusive : 0;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (date, distance);
            }
        }

        return best;
    }

    private static FoundDate? TryAt(AnalyzedText text, int i, int from, int end, DateOnly? reference, bool future)
    {
        // One lookup decides for almost every token: only digits and the words below can start a date.
        var word = text.TokenText(i);
        var traits = text.TokenTraits(i);
        if (word.Length == 0 || (!char.IsAsciiDigit(word[0]) && (traits & WordTraits.DateTrigger) == 0))
        {
            return null;
        }

        // 2022-10-31
        if (word.Length == 10 && word[4] == '-' && word[7] == '-'
            && DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return new FoundDate(iso, DatePrecision.Day, i, i + 1, $"date: '{word}'");
        }

        // The traits say which of the lists below can hold the word; only those are looked up.
        if ((traits & WordTraits.Month) != 0 && Months.TryGetValue(word, out var month) && text.Tokens[i].Has(TokenFlags.Capitalized))
        {
            return MonthFirst(text, i, month, end, reference, future);
        }

        // 31 October (2022), 31st March
        if (char.IsAsciiDigit(word[0]) && TryDay(word, out var day) && i + 1 < end && (text.TokenTraits(i + 1) & WordTraits.Month) != 0
            && Months.TryGetValue(text.TokenText(i + 1), out var month2) && text.Tokens[i + 1].Has(TokenFlags.Capitalized))
        {
            var next = i + 2;
            if (next < end && text.TokenText(next) is ",")
            {
                next++;
            }

            if (next < end && TryYear(text.TokenText(next), out var year) && IsValid(year, month2, day))
            {
                return new FoundDate(new DateOnly(year, month2, day), DatePrecision.Day, i, next + 1, $"date: '{Slice(text, i, next + 1)}'");
            }

            return reference is { } r && InYearOf(r, month2, day, future) is { } d
                ? new FoundDate(d, DatePrecision.Day, i, i + 2, $"date: '{Slice(text, i, i + 2)}' (year of the reference date)")
                : null;
        }

        if ((traits & WordTraits.Weekday) != 0 && Weekdays.TryGetValue(word, out var weekday) && text.Tokens[i].Has(TokenFlags.Capitalized) && reference is { } refDay)
        {
            var last = i > from && text.TokenText(i - 1).Equals("last", StringComparison.OrdinalIgnoreCase);
            var next = i > from && text.TokenText(i - 1).Equals("next", StringComparison.OrdinalIgnoreCase);
            var start = last || next ? i - 1 : i;
            if (future || next)
            {
                var ahead = ((int)weekday - (int)refDay.DayOfWeek + 7) % 7;
                var date = refDay.AddDays(ahead == 0 ? 7 : ahead);
                return new FoundDate(date, DatePrecision.Day, start, i + 1, $"date: '{Slice(text, start, i + 1)}' (the next {weekday} after the reference date: future tense)");
            }

            var back = ((int)refDay.DayOfWeek - (int)weekday + 7) % 7;
            if (last && back == 0)
            {
                back = 7;
            }

            // "India blamed Pakistan for Tuesday's attack": the possessive dates the attack, not the blame.
            var ofNoun = i + 1 < end && text.TokenText(i + 1) is "'s";
            return new FoundDate(refDay.AddDays(-back), DatePrecision.Day, start, i + 1, $"date: '{Slice(text, start, i + 1)}' (the latest {weekday} on or before the reference date)", ofNoun);
        }

        if (reference is not { } reference2)
        {
            return TryYearPhrase(text, i, from, end);
        }

        if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            return new FoundDate(reference2.AddDays(-1), DatePrecision.Day, i, i + 1, "date: 'yesterday' (the day before the reference date)");
        }

        if (word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            return new FoundDate(reference2, DatePrecision.Day, i, i + 1, $"date: '{word}' (the reference date)");
        }

        if (word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
        {
            return new FoundDate(reference2.AddDays(1), DatePrecision.Day, i, i + 1, "date: 'tomorrow' (the day after the reference date)");
        }

        if ((word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("next", StringComparison.OrdinalIgnoreCase)
            || word.Equals("this", StringComparison.OrdinalIgnoreCase)) && i + 1 < end)
        {
            var step = word.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : word.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            var unit = text.TokenText(i + 1);
            if (unit.Equals("night", StringComparison.OrdinalIgnoreCase) && step == -1)
            {
                return new FoundDate(reference2.AddDays(-1), DatePrecision.Day, i, i + 2, "date: 'last night' (the day before the reference date)");
            }

            if (Period(reference2, unit, step) is { } period)
            {
                return new FoundDate(period.Date, period.Precision, i, i + 2, $"date: '{Slice(text, i, i + 2)}' (relative to the reference date)");
            }
        }

        // "three days ago", "two weeks ago"
        if ((((traits & WordTraits.NumberWord) != 0 && Numbers.TryGetValue(word, out var count)) || int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out count))
            && count is > 0 and < 100 && i + 2 < end && text.TokenText(i + 2).Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            var unit = text.TokenText(i + 1);
            DateOnly? date = unit.StartsWith("day", StringComparison.OrdinalIgnoreCase) ? reference2.AddDays(-count)
                : unit.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? Monday(reference2.AddDays(-7 * count))
                : unit.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? FirstOfMonth(reference2.AddMonths(-count))
                : unit.StartsWith("year", StringComparison.OrdinalIgnoreCase) ? new DateOnly(reference2.Year - count, 1, 1)
                : null;
            if (date is { } ago)
            {
                var precision = unit.StartsWith("day", StringComparison.OrdinalIgnoreCase) ? DatePrecision.Day
                    : unit.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? DatePrecision.Week
                    : unit.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? DatePrecision.Month : DatePrecision.Year;
                return new FoundDate(ago, precision, i, i + 3, $"date: '{Slice(text, i, i + 3)}' (counted back from the reference date)");
            }
        }

        return TryYearPhrase(text, i, from, end);
    }

    // "in 2008", "In 2020," — a year standing alone after "in".
    private static FoundDate? TryYearPhrase(AnalyzedText text, int i, int from, int end)
    {
        if (i > from && text.TokenText(i - 1).Equals("in", StringComparison.OrdinalIgnoreCase) && TryYear(text.TokenText(i), out var year))
        {
            return new FoundDate(new DateOnly(year, 1, 1), DatePrecision.Year, i - 1, i + 1, $"date: 'in {year}' (year)");
        }

        return null;
    }

    // Month first: "Oct. 31", "October 31, 2022", "March 2021", "in March".
    private static FoundDate? MonthFirst(AnalyzedText text, int i, int month, int end, DateOnly? reference, bool future)
    {
        var next = i + 1;
        if (next < end && text.TokenText(next) is ".")
        {
            next++;
        }

        if (next < end && TryDay(text.TokenText(next), out var day))
        {
            var after = next + 1;
            var yearAt = after < end && text.TokenText(after) is "," ? after + 1 : after;
            if (yearAt < end && TryYear(text.TokenText(yearAt), out var year) && IsValid(year, month, day))
            {
                return new FoundDate(new DateOnly(year, month, day), DatePrecision.Day, i, yearAt + 1, $"date: '{Slice(text, i, yearAt + 1)}'");
            }

            return reference is { } r && InYearOf(r, month, day, future) is { } d
                ? new FoundDate(d, DatePrecision.Day, i, after, $"date: '{Slice(text, i, after)}' (year of the reference date)")
                : null;
        }

        if (next < end && TryYear(text.TokenText(next), out var year2))
        {
            return new FoundDate(new DateOnly(year2, month, 1), DatePrecision.Month, i, next + 1, $"date: '{Slice(text, i, next + 1)}' (month)");
        }

        // A bare month needs "in" before it: "May" alone is usually the modal verb.
        var previous = i > 0 ? text.TokenText(i - 1) : [];
        if (reference is { } reference2 && (previous.Equals("in", StringComparison.OrdinalIgnoreCase) || previous.Equals("since", StringComparison.OrdinalIgnoreCase)))
        {
            var year3 = future ? (month >= reference2.Month ? reference2.Year : reference2.Year + 1) : (month <= reference2.Month ? reference2.Year : reference2.Year - 1);
            return new FoundDate(new DateOnly(year3, month, 1), DatePrecision.Month, i - 1, i + 1, $"date: '{Slice(text, i - 1, i + 1)}' (month, year of the reference date)");
        }

        return null;
    }

    private static (DateOnly Date, DatePrecision Precision)? Period(DateOnly reference, ReadOnlySpan<char> unit, int step)
    {
        if (unit.Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            return (Monday(reference).AddDays(7 * step), DatePrecision.Week);
        }

        if (unit.Equals("month", StringComparison.OrdinalIgnoreCase))
        {
            return (FirstOfMonth(reference.AddMonths(step)), DatePrecision.Month);
        }

        if (unit.Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            return (new DateOnly(reference.Year + step, 1, 1), DatePrecision.Year);
        }

        return null;
    }

    private static DateOnly? InYearOf(DateOnly reference, int month, int day, bool future)
    {
        if (!IsValid(reference.Year, month, day) && !IsValid(reference.Year - 1, month, day))
        {
            return null;
        }

        // On or before the reference date, unless the sentence speaks of the future; a date a few days ahead
        // (an embargoed or late-dated story) stays in the same year.
        var year = reference.Year;
        if (IsValid(year, month, day))
        {
            var candidate = new DateOnly(year, month, day);
            if (future)
            {
                return candidate >= reference ? candidate : IsValid(year + 1, month, day) ? new DateOnly(year + 1, month, day) : null;
            }

            if (candidate.DayNumber <= reference.DayNumber + 7)
            {
                return candidate;
            }
        }

        return IsValid(year - 1, month, day) ? new DateOnly(year - 1, month, day) : null;
    }

    private static bool TryDay(ReadOnlySpan<char> word, out int day)
    {
        // "31", "31st", "2nd", "3rd", "4th"
        if (word.Length > 2 && (word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
        {
            word = word[..^2];
        }

        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31 && word.Length <= 2;
    }

    private static bool TryYear(ReadOnlySpan<char> word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= 1900 and <= 2100;

    private static bool IsValid(int year, int month, int day) => year is >= 1 and <= 9998 && day <= DateTime.DaysInMonth(year, month);

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private static string Slice(AnalyzedText text, int start, int endExclusive) =>
        text.Text[text.Tokens[start].Start..text.Tokens[endExclusive - 1].EndExclusive];
}
