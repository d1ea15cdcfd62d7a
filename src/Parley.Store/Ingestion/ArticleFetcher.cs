using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace Parley.Store.Ingestion;

/// <summary>
/// Downloads feeds and article pages over http(s) with a timeout, a size limit and a minimum interval between
/// requests to the same host. A failure is returned as a message naming the URL, never thrown.
/// </summary>
public sealed class ArticleFetcher : IDisposable
{
    private static readonly string UserAgent =
        $"Parley/{typeof(ArticleFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0"} (news event coder)";

    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, DateTimeOffset> _nextRequest = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a fetcher.</summary>
    public ArticleFetcher(FetchOptions options, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? TimeProvider.System;
        _client = new HttpClient(handler ?? new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, ConnectTimeout = options.Timeout })
        {
            Timeout = options.Timeout,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xhtml+xml"));
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/rss+xml"));
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/atom+xml"));
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.5));
    }

    /// <summary>Whether <paramref name="text"/> is an absolute http or https URL.</summary>
    public static bool IsHttpUrl(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Downloads <paramref name="url"/>: the bytes, or an error message naming what went wrong.</summary>
    public (byte[]? Body, string? Error) Fetch(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        WaitForHost(url.Host, cancellationToken);
        try
        {
            using var response = _client.Send(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
            {
                return (null, $"the page is {length} bytes, over the limit of {_options.MaxBytes}; skipped.");
            }

            using var stream = response.Content.ReadAsStream(cancellationToken);
            using var body = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (body.Length + read > _options.MaxBytes)
                {
                    return (null, $"the page is over the limit of {_options.MaxBytes} bytes; skipped.");
                }

                body.Write(buffer, 0, read);
            }

            return (body.ToArray(), null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"no answer within {_options.Timeout.TotalSeconds:0} s; skipped.");
        }
        catch (HttpRequestException e)
        {
            return (null, $"cannot be downloaded ({e.Message.TrimEnd('.')}).");
        }
        catch (IOException e)
        {
            return (null, $"the download broke off ({e.Message.TrimEnd('.')}).");
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

    private void WaitForHost(string host, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_nextRequest.TryGetValue(host, out var next) && next > now)
        {
            Task.Delay(next - now, _time, cancellationToken).GetAwaiter().GetResult();
            now = next;
        }

        _nextRequest[host] = now + _options.HostInterval;
    }
}
