using System.ComponentModel;
using Parley.Cli;
using Parley.Cli.Tests;
using static Parley.Store.Tests.StoreTestInputs;

namespace Parley.Store.Tests;

public sealed class FeedIngestTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
          <title>Loopback News</title><link>{base}</link><description>Test feed</description>
          <item><title>Talks in Athens</title><link>{base}articles/athens.html</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>
          <item><title>Night attack</title><link>{base}articles/kharkiv.html</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
          <item><title>Gone</title><link>{base}articles/missing.html</link><pubDate>Tue, 05 Mar 2024 11:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    private static Dictionary<string, (string, string)> Site() => new()
    {
        ["/feed.xml"] = ("application/rss+xml", Rss),
        ["/articles/athens.html"] = ("text/html", Page("Turkey and Greece hold talks",
            "The Turkish foreign minister met with Greek officials in Athens on Tuesday, the first such visit in two years.",
            "The two sides discussed migration and energy, according to a statement released after the talks.")),
        ["/articles/kharkiv.html"] = ("text/html", Page("Night attack near Kharkiv",
            "Russian forces attacked Ukrainian positions near Kharkiv overnight, the regional governor said.",
            "Several buildings were damaged in the attack, and the power supply was cut in parts of the city.")),
    };

    [Fact]
    [Description("Article texts are the wire-style reports of TestData/same-events.jsonl, written for these tests.")]
    public void AFeedServedOnLoopbackIsIngestedWithItsArticles()
    {
        using var server = new LoopbackServer(Site());
        using var temp = NewTempDirectory();
        var db = temp.File("feed.duckdb");

        var result = CliRunner.Run("", "ingest", "--feed", server.BaseUrl + "feed.xml", "--db", db, "--host-interval", "0");

        // The two articles are stored with the feed's title as their source; the missing one is reported and skipped.
        Assert.Equal(ParleyApp.PartlySkipped, result.ExitCode);
        Assert.Contains($"{server.BaseUrl}articles/missing.html: the server answered 404 Not Found.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("ingested 2 new document(s)", result.Stderr, StringComparison.Ordinal);
        using (var store = EventStore.Open(db))
        {
            var attack = Assert.Single(store.QueryEvents(new EventQuery(Source: "RUS", Target: "UKR")));
            Assert.Equal(["Loopback News"], attack.Sources);
            Assert.Equal(new DateOnly(2024, 3, 5), attack.EventDate);
            Assert.Equal(server.BaseUrl + "articles/kharkiv.html", attack.FirstUrl);
            Assert.Single(store.QueryEvents(new EventQuery(Source: "TUR", Target: "GRC")));
        }

        // A second run downloads the feed but not the stored articles again.
        var requestsBefore = server.Requests.Count;
        var again = CliRunner.Run("", "ingest", "--feed", server.BaseUrl + "feed.xml", "--db", db, "--host-interval", "0");
        Assert.Contains("2 feed link(s) already stored (not downloaded)", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(["/feed.xml", "/articles/missing.html"], server.Requests.Skip(requestsBefore));
    }

    [Fact]
    public void ABadFeedUrlGivesOneClearLine()
    {
        using var server = new LoopbackServer(Site());
        using var temp = NewTempDirectory();

        var missing = CliRunner.Run("", "ingest", "--feed", server.BaseUrl + "nofeed.xml", "--db", temp.File("a.duckdb"));
        var notAFeed = CliRunner.Run("", "ingest", "--feed", server.BaseUrl + "articles/athens.html", "--db", temp.File("b.duckdb"));
        var badScheme = CliRunner.Run("", "ingest", "--feed", "ftp://127.0.0.1/feed.xml", "--db", temp.File("c.duckdb"));

        Assert.Equal(ParleyApp.NothingCoded, missing.ExitCode);
        Assert.StartsWith($"parley: {server.BaseUrl}nofeed.xml: the feed the server answered 404 Not Found.", missing.Stderr, StringComparison.Ordinal);
        Assert.StartsWith($"parley: {server.BaseUrl}articles/athens.html: is not an RSS or Atom feed", notAFeed.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("parley: ftp://127.0.0.1/feed.xml: is not an http(s) URL or a file", badScheme.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ADatabaseInUseByAnotherProcessGivesOneClearLineAndLosesNothing()
    {
        // Given a store with documents, and another parley process holding it while it waits for a slow feed
        using var server = new LoopbackServer(Site(), heldPath: "/feed.xml");
        using var temp = NewTempDirectory();
        var db = temp.File("busy.duckdb");
        CliRunner.Run("", "ingest", TestData("same-events.jsonl"), "--db", db);
        var before = IngestCommandTests.Counts(db);
        using var holder = ParleyProcess.Start("ingest", "--feed", server.BaseUrl + "feed.xml", "--db", db, "--host-interval", "0");
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!server.Requests.Contains("/feed.xml") && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20); // the child opens the store before it asks for the feed
            }

            Assert.Contains("/feed.xml", server.Requests);

            // When this process tries to ingest into it
            var result = CliRunner.Run("", "ingest", TestData("same-events.jsonl"), "--db", db);

            // Then it says so in one line
            Assert.Equal(ParleyApp.StoreError, result.ExitCode);
            Assert.Matches($@"^parley: {System.Text.RegularExpressions.Regex.Escape(db)}: the database is in use by another process \(PID \d+\); wait for it to finish or choose another --db\.$", result.Stderr.Trim());
        }
        finally
        {
            server.Release();
            holder.WaitForExit(30_000);
        }

        // And nothing that was committed is lost
        var after = IngestCommandTests.Counts(db);
        Assert.True(after.Documents >= before.Documents);
    }

    private static string Page(string title, params string[] paragraphs) =>
        $"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>"
        + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article><footer>Loopback News</footer></body></html>";
}
