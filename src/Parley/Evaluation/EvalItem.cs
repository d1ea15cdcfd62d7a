namespace Parley.Evaluation;

/// <summary>
/// One expected or produced event as a suite compares it: source, target and code, each as the suite writes it.
/// A missing target is <c>---</c>. Suites that do not judge actors leave source and target empty.
/// </summary>
/// <param name="Source">The source actor code ("ARN", "DAGGOV"), or empty when the suite does not judge actors.</param>
/// <param name="Target">The target actor code, <c>---</c> for none, or empty when the suite does not judge actors.</param>
/// <param name="Code">The event code in the suite's codebook (a CAMEO code, a TABARI/PETRARCH test code, or a PLOVER type).</param>
public readonly record struct EvalItem(string Source, string Target, string Code)
{
    /// <summary>What <see cref="Target"/> holds when an event has no target.</summary>
    public const string NoActor = "---";

    /// <summary>The root of <see cref="Code"/>: its first two characters for numeric codes, the whole code otherwise.</summary>
    public string Root => Code.Length >= 2 && char.IsAsciiDigit(Code[0]) && char.IsAsciiDigit(Code[1]) ? Code[..2] : Code;

    /// <summary>The same item with the code cut to its root.</summary>
    public EvalItem AtRoot() => this with { Code = Root };

    /// <inheritdoc/>
    public override string ToString() => Source.Length == 0 && Target.Length == 0 ? Code : $"{Source} / {Target} / {Code}";
}
