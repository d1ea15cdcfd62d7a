namespace Parley.Data;

/// <summary>One field line of a data block.</summary>
/// <param name="Name">The field's name.</param>
/// <param name="Value">The field's value, trimmed, without comment.</param>
/// <param name="LineNumber">The 1-based line in the file.</param>
public sealed record DataField(string Name, string Value, int LineNumber);
