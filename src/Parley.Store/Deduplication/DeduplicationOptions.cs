namespace Parley.Store.Deduplication;

/// <summary>How mentions from different articles are grouped into one event.</summary>
/// <param name="WindowDays">
/// Mentions whose event dates lie at most this many days from the earliest date of an event join it (default 1:
/// a report dated the day before or after describes the same happening). 0 joins only the same day.
/// </param>
public sealed record DeduplicationOptions(int WindowDays = 1)
{
    /// <summary>The defaults: a window of ±1 day.</summary>
    public static DeduplicationOptions Default { get; } = new();

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The window is negative or longer than a year.</exception>
    public DeduplicationOptions Validated()
    {
        if (WindowDays is < 0 or > 366)
        {
            throw new ArgumentOutOfRangeException(nameof(WindowDays), WindowDays, $"The de-duplication window is {WindowDays} days; it should be in range [0-366].");
        }

        return this;
    }
}
