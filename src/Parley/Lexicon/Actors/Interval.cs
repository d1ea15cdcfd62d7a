namespace Parley.Lexicon.Actors;

/// <summary>A closed interval of days; an open end (still in office, still a member) is <c>null</c>.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (inclusive), or <c>null</c> for an open end.</param>
public readonly record struct Interval(DateOnly Start, DateOnly? End)
{
    /// <summary>Whether <paramref name="date"/> lies in the interval.</summary>
    public bool Contains(DateOnly date) => date >= Start && (End is null || date <= End.Value);

    /// <summary>Whether the two intervals share at least one day.</summary>
    public bool Overlaps(Interval other) =>
        (End is null || other.Start <= End.Value) && (other.End is null || Start <= other.End.Value);

    /// <inheritdoc/>
    public override string ToString() => $"{Start:yyyy-MM-dd} .. {(End is { } end ? end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}".TrimEnd();
}
