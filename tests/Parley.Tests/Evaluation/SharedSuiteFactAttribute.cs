namespace Parley.Tests.Evaluation;

/// <summary>
/// A test that needs a suite under ../shared/reference. Without it the test is skipped, naming the missing path,
/// except on CI (CI=true): there it runs and fails, so a CI without the reference folder cannot pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedSuiteFactAttribute : FactAttribute
{
    public SharedSuiteFactAttribute(params string[] relativePath)
    {
        var reference = RepositoryPaths.SharedReference;
        var path = reference is null ? null : Path.Combine([reference, .. relativePath]);
        if ((path is null || !(File.Exists(path) || Directory.Exists(path))) && !RepositoryPaths.InCi)
        {
            Skip = $"{Path.Combine(relativePath)} is not under ../shared/reference; the suite cannot run here.";
        }
    }
}
