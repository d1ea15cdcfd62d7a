using Parley.Lexicon;

namespace Parley.Tests.Lexicon;

/// <summary>The lexicon linter: duplicates, contradictions, unreachable patterns, unused classes — and clean data passes.</summary>
public sealed class LexiconLinterTests
{
    private static IReadOnlyList<LexiconDiagnostic> Lint(string text) => LexiconLinter.Check(LexiconTesting.Read(text, "l.txt"));

    [Fact]
    public void DuplicatePatternIsAnError()
    {
        var problem = Assert.Single(Lint("verb praise\n    051  praise TARGET\n    051  praise TARGET\n"));
        Assert.Equal(3, problem.Line);
        Assert.Contains("duplicate pattern 'praise TARGET' (051): already at l.txt:2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContradictoryPatternIsAnError()
    {
        var problem = Assert.Single(Lint("verb strike\n    190  strike\n    143  strike\n"));
        Assert.Contains("contradictory pattern 'strike': 143 here, 190 at l.txt:2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatternShadowedByAClassIsUnreachable()
    {
        var problem = Assert.Single(Lint("$S = sanctions | embargo\nverb impose\n    163  impose $S on TARGET\n    172  impose sanctions on TARGET\n"));
        Assert.Equal(4, problem.Line);
        Assert.Contains("unreachable pattern 'impose sanctions on TARGET'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerbAfterAnArticleIsUnreachable()
    {
        var problem = Assert.Single(Lint("verb attack\n    190  the attack\n"));
        Assert.Contains("make it a 'noun' entry", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusedClassIsAWarning()
    {
        var problem = Assert.Single(Lint("$S = a | b\nverb praise\n    051  praise\n"));
        Assert.Equal(DiagnosticSeverity.Warning, problem.Severity);
        Assert.Contains("$S is not used", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentPatternsOfOneHeadAreFine()
    {
        Assert.Empty(Lint("$S = sanctions | embargo\nverb impose\n    163  impose $S on TARGET\n    1723 impose curfew on TARGET\n    172  impose\nnoun impose\n    172  impose\n"));
    }
}
