namespace Parley.Lexicon;

/// <summary>A pattern whose verb matches a word of the text, with the form the word has.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Form">Which forms of the verb the word can be.</param>
public sealed record PatternCandidate(VerbPattern Pattern, VerbForm Form);
