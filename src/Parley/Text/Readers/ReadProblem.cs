namespace Parley.Text.Readers;

/// <summary>Something in the input that could not be read: reported, skipped, never fatal for the rest.</summary>
/// <param name="Origin">Where: "path", "path:line" or "stdin".</param>
/// <param name="Message">What was wrong, in words a user can act on.</param>
public sealed record ReadProblem(string Origin, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Origin}: {Message}";
}
