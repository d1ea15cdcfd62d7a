namespace Parley.Evaluation;

/// <summary>What a suite compares of each event (docs/evaluation.md).</summary>
public enum EvalComparison
{
    /// <summary>(source, target, code) triples, actor codes as the suite's dictionaries write them (TABARI, PETRARCH, gold).</summary>
    Triples,

    /// <summary>The CAMEO code only: the suite names no actors (CAMEO examples).</summary>
    CodeOnly,

    /// <summary>The PLOVER event type; source and target are judged separately at country level (PLOVER gold standard).</summary>
    PloverType,
}
