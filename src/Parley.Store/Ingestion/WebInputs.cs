using CodeHollow.FeedReader;
using Parley.Text.Readers;

namespace Parley.Store.Ingestion;

/// <summary>
/// Turns feeds (RSS or Atom, as a file or an http(s) URL) and article URLs into documents: each feed item's
/// linked page is downloaded and its main text extracted (<see cref="HtmlReader"/>), with the item's title,
/// date and link and the feed's title as the source. Items without a link use the text the feed carries.
/// </summary>
public sealed class WebInputs(ArticleFetcher fetcher, DateOnly? defaultDate, IReadOnlySet<string>? storedUrls = null)
{
    /// <summary>Feed items whose link is already stored: counted here, not downloaded again.</summary>
    public int AlreadyStoredLinks { get; private set; }

    /// <summary>The documents of one feed, given as a file path or an http(s) URL.</summary>
    public IEnumerable<ReadResult> ReadFeed(string feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        string xml;
        if (ArticleFetcher.IsHttpUrl(feed, out var feedUrl))
        {
            var (body, error) = fetcher.Fetch(feedUrl, cancellationToken);
            if (body is null)
            {
                return [ReadResult.Failed(feed, $"the feed {error}")];
            }

            xml = System.Text.Encoding.UTF8.GetString(body);
        }
        else if (feed.Contains("://", StringComparison.Ordinal))
        {
            return [ReadResult.Failed(feed, "is not an http(s) URL or a file; feeds are read from http://, https:// or a local file.")];
        }
        else
        {
            try
            {
                xml = File.ReadAllText(feed);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return [ReadResult.Failed(feed, e is FileNotFoundException or DirectoryNotFoundException ? "no such feed file." : $"the feed cannot be read ({e.Message}).")];
            }
        }

        Feed parsed;
        try
        {
            parsed = FeedReader.ReadFromString(xml);
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException or ArgumentException or InvalidOperationException
            || e.GetType().Namespace?.StartsWith("CodeHollow", StringComparison.Ordinal) == true)
        {
            return [ReadResult.Failed(feed, $"is not an RSS or Atom feed ({e.Message.TrimEnd('.')}).")];
        }

        return Items(feed, parsed, cancellationToken);
    }

    /// <summary>The document of one article page given by URL.</summary>
    public ReadResult ReadArticle(Uri url, string? title, DateOnly? date, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var (body, error) = fetcher.Fetch(url, cancellationToken);
        if (body is null)
        {
            return ReadResult.Failed(url.ToString(), error!);
        }

        var read = DocumentReader.ReadBytes(body, url.ToString(), InputFormat.Html, date ?? defaultDate).First();
        if (read.Document is not { } document)
        {
            return read;
        }

        return ReadResult.Of(document with
        {
            Id = url.ToString(),
            Url = url.ToString(),
            Title = title ?? document.Title,
            Source = source ?? url.Host,
        });
    }

    private IEnumerable<ReadResult> Items(string feed, Feed parsed, CancellationToken cancellationToken)
    {
        var source = string.IsNullOrWhiteSpace(parsed.Title) ? null : parsed.Title.Trim();
        var items = parsed.Items ?? [];
        if (items.Count == 0)
        {
            yield return ReadResult.Failed(feed, "the feed has no items.");
            yield break;
        }

        var number = 0;
        foreach (var item in items)
        {
            number++;
            var date = item.PublishingDate is { } published ? DateOnly.FromDateTime(published) : defaultDate;
            var title = string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim();
            if (!string.IsNullOrWhiteSpace(item.Link) && ArticleFetcher.IsHttpUrl(item.Link.Trim(), out var link))
            {
                if (storedUrls?.Contains(link.ToString()) == true)
                {
                    AlreadyStoredLinks++;
                    continue;
                }

                yield return ReadArticle(link, title, date, source, cancellationToken);
                continue;
            }

            var html = item.Content ?? item.Description;
            if (string.IsNullOrWhiteSpace(html))
            {
                yield return ReadResult.Failed($"{feed} item {number}", "the item has neither an http(s) link nor text; skipped.");
                continue;
            }

            var read = HtmlReader.Read(html, $"{feed} item {number}", date);
            yield return read.Document is { } document ? ReadResult.Of(document with { Title = title, Source = source }) : read;
        }
    }
}
