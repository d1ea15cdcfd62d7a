namespace Parley.Benchmarks;

/// <summary>Finds folders of the repository the benchmarks run in.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the working directory or the assembly that holds Parley.slnx.</summary>
    public static string? FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
