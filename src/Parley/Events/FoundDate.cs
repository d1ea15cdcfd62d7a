namespace Parley.Events;

/// <summary>A date expression found in a sentence and the date it stands for.</summary>
/// <param name="Date">The date (for a month the first day, for a week its Monday, for a year 1 January).</param>
/// <param name="Precision">How exactly the expression gives the date.</param>
/// <param name="Start">First token of the expression (document-wide).</param>
/// <param name="EndExclusive">One past its last token.</param>
/// <param name="Rule">How the date was read, for the explanation ("date: 'on Tuesday' (latest Tuesday on or before publication)").</param>
/// <param name="OfNoun">Whether the expression is a possessive that dates the noun after it ("Tuesday's attack"), not the clause.</param>
internal readonly record struct FoundDate(DateOnly Date, DatePrecision Precision, int Start, int EndExclusive, string Rule, bool OfNoun = false);
