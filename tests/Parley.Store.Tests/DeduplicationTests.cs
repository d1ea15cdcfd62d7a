using System.ComponentModel;
using Parley.Events;
using Parley.Store.Deduplication;
using static Parley.Store.Tests.StoreTestInputs;

namespace Parley.Store.Tests;

public sealed class DeduplicationTests
{
    [Fact]
    [Description("TestData/same-events.jsonl: eight short reports written for this test, in the style of wire copy, of four happenings.")]
    public void ArticlesReportingTheSameHappeningInDifferentWordsBecomeOneEvent()
    {
        // Given three outlets reporting a Turkey–Greece meeting in Athens and a Russian attack near Kharkiv in different words,
        // a second meeting ten days later, and a meeting the same day in Ankara
        using var store = EventStore.OpenInMemory();

        // When they are ingested
        Ingest(store, TestData("same-events.jsonl"));

        // Then each happening is one event with the right number of mentions, and distinct happenings stay apart. The
        // first report mentions the Athens meeting twice ("met with Greek officials …", then "the two sides discussed …"),
        // so that event has four mentions from three articles.
        var meetings = store.QueryEvents(new EventQuery(Source: "TUR", Target: "GRC", Cameo: "04"));
        Assert.Equal([1, 1, 4], meetings.Select(e => e.MentionCount).Order());
        var athens = meetings.Single(e => e.MentionCount == 4);
        Assert.Equal(3, athens.ArticleCount);
        Assert.Equal("Athens", athens.LocationName);
        Assert.Equal(new DateOnly(2024, 3, 5), athens.EventDate);
        Assert.Equal(new DateOnly(2024, 3, 6), athens.LastDate);
        Assert.Equal(["Daily Ledger", "Harbour Post", "Northern Wire"], athens.Sources);
        Assert.Equal(3, athens.SourceCount);
        Assert.Contains(meetings, e => e.EventDate == new DateOnly(2024, 3, 15) && e.MentionCount == 1);
        Assert.Contains(meetings, e => e.LocationName == "Ankara" && e.MentionCount == 1);

        var attacks = store.QueryEvents(new EventQuery(Source: "RUS", Target: "UKR"));
        var attack = Assert.Single(attacks);
        Assert.Equal(3, attack.MentionCount);
        Assert.Equal(3, attack.ArticleCount);
        Assert.Equal("19", attack.Root);
    }

    [Fact]
    public void TheSameInputGivesTheSameEventIdsWhateverTheThreadsAndBatches()
    {
        using var temp = NewTempDirectory();
        CorpusGenerator.WriteTextFiles(temp.Path, 120, seed: 7);
        using var one = EventStore.OpenInMemory();
        using var many = EventStore.OpenInMemory();

        Ingest(one, temp.Path, new DateOnly(2024, 3, 5), threads: 1, batchSize: 1000);
        Ingest(many, temp.Path, new DateOnly(2024, 3, 5), threads: 3, batchSize: 7);

        var idsOne = one.QueryEvents(new EventQuery()).Select(e => (e.EventId, e.MentionCount)).Order().ToList();
        var idsMany = many.QueryEvents(new EventQuery()).Select(e => (e.EventId, e.MentionCount)).Order().ToList();
        Assert.NotEmpty(idsOne);
        Assert.Equal(idsOne, idsMany);
        Assert.Equal(one.Counts(), many.Counts());
    }

    [Fact]
    public void MentionsFurtherApartThanTheWindowAreDistinctEvents()
    {
        ClusterMention M(long id, int day) => new(id, "TUR|GRC|04|asserted", new DateOnly(2024, 3, day), null, null, null);
        var mentions = new[] { M(1, 5), M(2, 6), M(3, 7), M(4, 5) };

        var clusters = EventClusterer.Cluster(mentions, new DeduplicationOptions(WindowDays: 1));

        // 5, 5 and 6 are within a day of the 5th; the 7th is two days after it and starts a new event.
        Assert.Equal([[0, 3, 1], [2]], clusters.Select(c => c.ToArray()).ToArray());
        Assert.Single(EventClusterer.Cluster(mentions, new DeduplicationOptions(WindowDays: 2)));
    }

    [Fact]
    public void MentionsInDifferentPlacesOrWithoutDatesAreNotMerged()
    {
        var athens = new ClusterMention(1, "g", new DateOnly(2024, 3, 5), "Athens", "GRC", LocationPrecision.City);
        var ankara = new ClusterMention(2, "g", new DateOnly(2024, 3, 5), "Ankara", "TUR", LocationPrecision.City);
        var greece = new ClusterMention(3, "g", new DateOnly(2024, 3, 5), "Greece", "GRC", LocationPrecision.Country);
        var nowhere = new ClusterMention(4, "g", new DateOnly(2024, 3, 5), null, null, null);
        var undated = new ClusterMention(5, "g", null, "Athens", "GRC", LocationPrecision.City);

        var clusters = EventClusterer.Cluster([athens, ankara, greece, nowhere, undated], DeduplicationOptions.Default);

        Assert.Equal(3, clusters.Count);
        Assert.Contains(clusters, c => c.Order().SequenceEqual([0, 2, 3]));
        Assert.Contains(clusters, c => c.SequenceEqual([1]));
        Assert.Contains(clusters, c => c.SequenceEqual([4]));
    }

    [Fact]
    public void MentionsOfDifferentGroupsAreNeverMerged()
    {
        var a = new ClusterMention(1, "TUR|GRC|04|asserted", new DateOnly(2024, 3, 5), null, null, null);
        var b = new ClusterMention(2, "TUR|GRC|04|negated", new DateOnly(2024, 3, 5), null, null, null);

        Assert.Equal(2, EventClusterer.Cluster([a, b], DeduplicationOptions.Default).Count);
    }
}
