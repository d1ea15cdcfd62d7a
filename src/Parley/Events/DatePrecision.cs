namespace Parley.Events;

/// <summary>How exactly an event's date is known.</summary>
public enum DatePrecision
{
    /// <summary>The day is known from the text.</summary>
    Day,
    /// <summary>Only the week is known from the text ("last week"); the date is the week's Monday.</summary>
    Week,
    /// <summary>Only the month is known from the text; the date is the month's first day.</summary>
    Month,
    /// <summary>Only the year is known from the text; the date is 1 January.</summary>
    Year,
    /// <summary>No date in the text: the document's publication date stands in.</summary>
    Publication,
    /// <summary>No date at all: neither the text nor the input gave one.</summary>
    None,
}
