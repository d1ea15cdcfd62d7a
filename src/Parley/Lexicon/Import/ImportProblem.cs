namespace Parley.Lexicon.Import;

/// <summary>A line of an imported dictionary that was not used, and why.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Reason">Why it was skipped.</param>
public sealed record ImportProblem(string File, int Line, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
