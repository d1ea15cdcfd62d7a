namespace Parley.Events;

/// <summary>A news dateline at the start of a document ("MOSCOW, Oct 31 (Reuters) -"): where and when the story was filed.</summary>
/// <param name="EndTokenExclusive">One past the dateline's last token (its dash): the story starts there.</param>
/// <param name="Location">The place named, when the gazetteer knows it.</param>
/// <param name="Date">The date given, if any.</param>
internal sealed record Dateline(int EndTokenExclusive, EventLocation? Location, FoundDate? Date);
