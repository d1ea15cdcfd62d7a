namespace Parley.Text.Readers;

/// <summary>The result of expanding command-line paths.</summary>
/// <param name="Files">The files to read, in a stable order.</param>
/// <param name="Problems">Paths that could not be used: missing, unlistable, or directories without input files.</param>
/// <param name="Notices">Files left out of directory walks because Parley does not read their type.</param>
public sealed record ExpandedInputs(IReadOnlyList<string> Files, IReadOnlyList<ReadProblem> Problems, IReadOnlyList<ReadProblem> Notices);
