using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Parley.Store.Tests;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 with a free port, serving fixed pages; unknown paths get 404. A path can be
/// held: its request waits until <see cref="Release"/> (to keep a client busy). Stops when disposed.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (string ContentType, string Body)> _pages;
    private readonly ManualResetEventSlim _release = new(false);
    private readonly Task _loop;

    public LoopbackServer(Dictionary<string, (string ContentType, string Body)> pages, string? heldPath = null)
    {
        _pages = pages;
        HeldPath = heldPath;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{Port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string BaseUrl { get; }

    public string? HeldPath { get; }

    public List<string> Requests { get; } = [];

    public void Release() => _release.Set();

    public void Dispose()
    {
        _release.Set();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending request: expected at shutdown.
        }

        _release.Dispose();
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        lock (Requests)
        {
            Requests.Add(path);
        }

        if (path == HeldPath)
        {
            _release.Wait(TimeSpan.FromSeconds(30));
        }

        try
        {
            if (_pages.TryGetValue(path, out var page))
            {
                var bytes = Encoding.UTF8.GetBytes(page.Body.Replace("{base}", BaseUrl, StringComparison.Ordinal));
                context.Response.ContentType = page.ContentType;
                context.Response.ContentLength64 = bytes.Length;
                context.Response.OutputStream.Write(bytes);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away.
        }
    }
}
