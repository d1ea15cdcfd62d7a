using Parley.Coding;

namespace Parley.Events;

/// <summary>The lower-case names the output formats use for enumerations.</summary>
public static class EventNames
{
    /// <summary>"asserted", "negated", "hypothetical", "desired", "future".</summary>
    public static string Of(Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Negated => "negated",
        Modality.Hypothetical => "hypothetical",
        Modality.Desired => "desired",
        Modality.Future => "future",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, "Unknown modality."),
    };

    /// <summary>"day", "week", "month", "year", "publication", "none".</summary>
    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Publication => "publication",
        DatePrecision.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown date precision."),
    };

    /// <summary>"city", "region", "country".</summary>
    public static string Of(LocationPrecision precision) => precision switch
    {
        LocationPrecision.City => "city",
        LocationPrecision.Region => "region",
        LocationPrecision.Country => "country",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown location precision."),
    };
}
