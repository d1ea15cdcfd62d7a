using Parley.Events;

namespace Parley.Store.Deduplication;

/// <summary>
/// Groups mentions of the same happening into events. Mentions are the same happening when they have the same
/// group key (source and target at country or organisation level, CAMEO root, modality), their dates lie within
/// the window of the event's earliest date, and their places are compatible (see <see cref="Compatible"/>).
/// Mentions are visited in (group, date, mention id) order and each joins the first open event it fits, so
/// the result depends only on the set of mentions — not on input order, batch boundaries or thread count.
/// A mention without a date is an event of its own: nothing says when it happened.
/// </summary>
public static class EventClusterer
{
    /// <summary>
    /// Clusters <paramref name="mentions"/> (any order, any number of groups). Returns each event as the indices of
    /// its mentions in <paramref name="mentions"/>, first mention first; events are ordered by group, then date.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Cluster(IReadOnlyList<ClusterMention> mentions, DeduplicationOptions options)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(options);
        options.Validated();
        var order = Enumerable.Range(0, mentions.Count).ToArray();
        Array.Sort(order, (a, b) => CompareForClustering(mentions[a], mentions[b]));

        var result = new List<IReadOnlyList<int>>();
        var open = new List<OpenEvent>();
        string? group = null;
        foreach (var index in order)
        {
            var m = mentions[index];
            if (!string.Equals(m.GroupKey, group, StringComparison.Ordinal))
            {
                Close(open, result);
                group = m.GroupKey;
            }

            if (m.Date is not { } date)
            {
                result.Add([index]);
                continue;
            }

            // Dates arrive in ascending order: an event whose window has passed can take no later mention.
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (date.DayNumber - open[i].FirstDate.DayNumber > options.WindowDays)
                {
                    result.Add(open[i].Members);
                    open.RemoveAt(i);
                }
            }

            var joined = false;
            foreach (var candidate in open)
            {
                if (Compatible(candidate.Place, m))
                {
                    candidate.Members.Add(index);
                    candidate.Place ??= HasPlace(m) ? m : null;
                    joined = true;
                    break;
                }
            }

            if (!joined)
            {
                open.Add(new OpenEvent(date, HasPlace(m) ? m : null, [index]));
            }
        }

        Close(open, result);
        return result;
    }

    /// <summary>
    /// Whether a mention can describe the same happening as an event located at <paramref name="place"/>: yes when
    /// either has no place; otherwise the countries must not differ and, unless either is only a country, the
    /// place names must be equal.
    /// </summary>
    public static bool Compatible(ClusterMention? place, ClusterMention mention)
    {
        if (place is not { } p || !HasPlace(p) || !HasPlace(mention))
        {
            return true;
        }

        if (p.LocationCountry is not null && mention.LocationCountry is not null
            && !string.Equals(p.LocationCountry, mention.LocationCountry, StringComparison.Ordinal))
        {
            return false;
        }

        return p.LocationPrecision == LocationPrecision.Country || mention.LocationPrecision == LocationPrecision.Country
            || string.Equals(p.LocationName, mention.LocationName, StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasPlace(ClusterMention m) => m.LocationName is not null || m.LocationCountry is not null;

    private static int CompareForClustering(ClusterMention a, ClusterMention b)
    {
        var byGroup = string.CompareOrdinal(a.GroupKey, b.GroupKey);
        if (byGroup != 0)
        {
            return byGroup;
        }

        // Dated mentions first, by date; undated after them.
        var byDate = (a.Date, b.Date) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (x, y) => x.Value.CompareTo(y.Value),
        };
        return byDate != 0 ? byDate : a.MentionId.CompareTo(b.MentionId);
    }

    private static void Close(List<OpenEvent> open, List<IReadOnlyList<int>> result)
    {
        foreach (var e in open)
        {
            result.Add(e.Members);
        }

        open.Clear();
    }

    private sealed class OpenEvent(DateOnly firstDate, ClusterMention? place, List<int> members)
    {
        public DateOnly FirstDate { get; } = firstDate;

        public ClusterMention? Place { get; set; } = place;

        public List<int> Members { get; } = members;
    }
}
