namespace Parley.Lexicon.Import;

/// <summary>What an actor or agent dictionary import read.</summary>
/// <param name="File">The file.</param>
/// <param name="Records">Records read (a primary phrase with its synonyms and codes).</param>
/// <param name="Phrases">Phrases added to the dictionary.</param>
/// <param name="Problems">Lines skipped, each with its reason.</param>
public sealed record ActorImportReport(string File, int Records, int Phrases, IReadOnlyList<ImportProblem> Problems);
