using System.Globalization;
using System.Text;
using Parley.Lexicon.Actors;

namespace Parley.Tests.Lexicon;

/// <summary>
/// Compares the dated government roles of people in PETRARCH's Phoenix.Countries.actors.txt (built from
/// CountryInfo, roles to about 2014) with Parley's people, for the years 2000–2014 where both speak.
/// Only roles both sources have are compared — Phoenix's government roles ("CCCGOV", and "CCCGOVMIL" for defence)
/// that overlap Parley's government roles of the same country (Phoenix also lists other ministries, which Parley
/// does not cover); a disagreement is a start or end more than <see cref="ToleranceDays"/> apart.
/// </summary>
internal static class PhoenixCrossCheck
{
    private static readonly DateOnly From = new(2000, 1, 1);
    private static readonly DateOnly To = new(2014, 12, 31);
    private static readonly DateOnly CountryInfoStart = new(2003, 1, 1);
    // Phoenix often gives only months ("yymm01-yymm31"): differences within a month and a half are precision, not fact.
    private const int ToleranceDays = 45;

    public static List<Disagreement> Run(string phoenixFile, ActorKnowledgeBase knowledge)
    {
        var people = new Dictionary<string, PersonInfo>(StringComparer.Ordinal);
        foreach (var person in knowledge.People)
        {
            foreach (var name in person.Aliases.Prepend(person.Name).Where(n => n.Contains(' ', StringComparison.Ordinal)))
            {
                people.TryAdd(Fold(name), person);
            }
        }

        var result = new List<Disagreement>();
        foreach (var record in ReadRecords(phoenixFile))
        {
            var person = record.Names.Select(n => people.GetValueOrDefault(Fold(n))).FirstOrDefault(p => p is not null);
            if (person is null)
            {
                continue;
            }

            foreach (var (code, when) in record.Restrictions)
            {
                if (code.Length is not (6 or 9) || code[3..6] != "GOV" || (code.Length == 9 && code[6..] != "MIL") || !when.Overlaps(new Interval(From, To)))
                {
                    continue;
                }

                var country = code[..3];
                var roles = person.Roles.Where(r => r.Actor == country && r.Role == "GOV").Select(r => r.When).ToList();
                var union = Union(roles);

                // Compared with each office, and with consecutive offices taken together (Phoenix often records
                // "in government" as one stretch: prime minister, then president).
                // An open Phoenix role ("[CCCGOV >090101]") describes the dictionary's own time (to about 2014), not later years.
                var span = when.End is null ? new Interval(when.Start, To) : when;
                var overlapping = roles.Where(o => o.Overlaps(span)).Concat(union.Where(o => o.Overlaps(span))).ToList();
                if (overlapping.Count == 0)
                {
                    continue; // an office Parley does not list (another ministry): nothing to compare
                }

                var key = $"{person.Name} | {code} {when}";
                var ours = string.Join(", ", union.Where(o => o.Overlaps(span)));

                // CountryInfo began on 2003-01-01: a Phoenix start on that day means "already in office then".
                var startAgrees = when.Start == CountryInfoStart
                    ? overlapping.Any(o => o.Start.DayNumber <= CountryInfoStart.DayNumber + ToleranceDays)
                    : overlapping.Any(o => Math.Abs(o.Start.DayNumber - when.Start.DayNumber) <= ToleranceDays);
                if (when.Start >= From && !startAgrees)
                {
                    result.Add(new Disagreement(key, "start", $"Parley's {country} GOV roles: {ours}"));
                }

                if (when.End is { } end && end <= To
                    && !overlapping.Any(o => o.End is { } oe && Math.Abs(oe.DayNumber - end.DayNumber) <= ToleranceDays))
                {
                    result.Add(new Disagreement(key, "end", $"Parley's {country} GOV roles: {ours}"));
                }
            }
        }

        return result;
    }

    // Consecutive offices (prime minister, then president) make one stretch in government, as Phoenix records them.
    private static List<Interval> Union(IEnumerable<Interval> intervals)
    {
        var merged = new List<Interval>();
        foreach (var interval in intervals.OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && (merged[^1].End is null || interval.Start.DayNumber <= merged[^1].End!.Value.DayNumber + 1))
            {
                var last = merged[^1];
                var end = last.End is null || interval.End is null ? (DateOnly?)null : (interval.End > last.End ? interval.End : last.End);
                merged[^1] = new Interval(last.Start, end);
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    private static string Fold(string name)
    {
        var decomposed = name.Replace('_', ' ').Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsLetter(c) || c == ' ')
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static IEnumerable<PhoenixRecord> ReadRecords(string path)
    {
        PhoenixRecord? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = hash >= 0 ? raw[..hash] : raw;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith('\t') || line.StartsWith(' '))
            {
                if (current is not null && TryRestriction(line.Trim(), out var code, out var when))
                {
                    current.Restrictions.Add((code, when));
                }

                continue;
            }

            if (line.StartsWith('+'))
            {
                current?.Names.Add(line[1..].Split('[')[0]);
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = new PhoenixRecord([line.Split('[')[0]], []);
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static bool TryRestriction(string text, out string code, out Interval when)
    {
        code = string.Empty;
        when = default;
        var inner = text.Trim('[', ']', ' ');
        var parts = inner.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return false;
        }

        code = parts[0];
        var r = parts[1].Replace(" ", string.Empty, StringComparison.Ordinal);
        if (r.StartsWith('>') && TryDate(r[1..], out var after))
        {
            when = new Interval(after, null);
            return true;
        }

        if (r.StartsWith('<') && TryDate(r[1..], out var before))
        {
            when = new Interval(DateOnly.MinValue, before);
            return true;
        }

        var dash = r.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && TryDate(r[..dash], out var start) && TryDate(r[(dash + 1)..], out var end) && end >= start)
        {
            when = new Interval(start, end);
            return true;
        }

        return false;
    }

    private static bool TryDate(string text, out DateOnly date)
    {
        if (text.Length == 6)
        {
            text = (int.Parse(text[..2], CultureInfo.InvariantCulture) <= 30 ? "20" : "19") + text;
        }

        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public sealed record Disagreement(string Key, string Kind, string Detail)
    {
        public string Id => $"{Key} | {Kind}";

        public override string ToString() => $"{Id} | {Detail}";
    }

    private sealed record PhoenixRecord(List<string> Names, List<(string Code, Interval When)> Restrictions);
}
