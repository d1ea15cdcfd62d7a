namespace Parley.Tests.Evaluation;

/// <summary>
/// The suite runs load dictionaries and code some 1,600 sentences; they run after the parallel tests, not beside them,
/// so that timing tests (actor loading under a second) do not measure their load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EvaluationCollection
{
    public const string Name = "Evaluation suites";
}
