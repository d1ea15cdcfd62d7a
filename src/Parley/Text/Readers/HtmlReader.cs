using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parley.Text.Readers;

/// <summary>
/// Extracts the main text of a news page: SmartReader (a port of Mozilla's Readability) finds the article;
/// its HTML is then turned into text with a paragraph break at every block element, so that the paragraph
/// structure survives and inline links stay inside their sentences. Pages Readability cannot read fall back
/// to the whole body.
/// </summary>
public static class HtmlReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "hr",
        "form", "fieldset", "address", "details", "summary",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "button", "select", "head",
    };

    /// <summary>Reads one HTML page.</summary>
    public static ReadResult Read(string html, string origin, DateOnly? defaultDate)
    {
        ArgumentNullException.ThrowIfNull(html);
        string? title = null;
        string? text = null;
        DateOnly? date = defaultDate;
        try
        {
            var article = SmartReader.Reader.ParseArticle("https://localhost/", html);
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                title = NullIfBlank(article.Title);
                text = ToText(new HtmlParser().ParseDocument(article.Content).Body);
                if (date is null && article.PublicationDate is { } published)
                {
                    date = DateOnly.FromDateTime(published);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability failed on this page: fall back to the whole body below, and say nothing — the fallback is the answer.
            text = null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            var document = new HtmlParser().ParseDocument(html);
            title ??= NullIfBlank(document.Title);
            text = ToText(document.Body);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Failed(origin, "the HTML page has no text content.");
        }

        return ReadResult.Of(new SourceDocument(origin, text, date, title, null, null, origin));
    }

    /// <summary>The text of an element with "\n\n" around block elements and "\n" for &lt;br&gt;.</summary>
    public static string ToText(INode? root)
    {
        var builder = new StringBuilder();
        if (root is not null)
        {
            Append(root, builder);
        }

        return builder.ToString().Trim();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    builder.Append(textNode.Data);
                    break;
                case IElement element when SkippedElements.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName == "br":
                    builder.Append('\n');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    builder.Append("\n\n");
                    Append(element, builder);
                    builder.Append("\n\n");
                    break;
                case IElement element:
                    Append(element, builder);
                    break;
            }
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
