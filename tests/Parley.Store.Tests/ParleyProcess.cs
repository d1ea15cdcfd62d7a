using System.Diagnostics;

namespace Parley.Store.Tests;

/// <summary>Runs the built parley command (parley.dll, copied next to the tests) as a child process.</summary>
internal static class ParleyProcess
{
    public static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "parley.dll");
        Assert.True(File.Exists(dll), $"parley.dll is not next to the tests in {AppContext.BaseDirectory}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Reads the child's stderr until a line satisfies <paramref name="until"/>; fails after <paramref name="timeout"/>.</summary>
    public static string WaitForLine(Process process, Func<string, bool> until, TimeSpan timeout)
    {
        var read = Task.Run(() =>
        {
            string? line;
            while ((line = process.StandardError.ReadLine()) is not null)
            {
                if (until(line))
                {
                    return line;
                }
            }

            return null;
        });
        Assert.True(read.Wait(timeout), $"no matching line from parley within {timeout.TotalSeconds} s");
        return read.Result ?? throw new Xunit.Sdk.XunitException("parley exited before printing the expected line");
    }
}
