namespace Parley.Lexicon;

/// <summary>A pattern whose head matches a word of the text, with the form the word has.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Form">Which verb forms the word can be; <see cref="VerbForm.None"/> for nouns and phrases.</param>
public sealed record PatternCandidate(EventPattern Pattern, VerbForm Form);
