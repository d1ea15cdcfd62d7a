namespace Parley.Lexicon.Import;

/// <summary>A verb of an imported dictionary: the head word and the words that belong to it ("ask for", "wire tap").</summary>
/// <param name="Lemma">The head word, lower case.</param>
/// <param name="Before">Words written before the head, joined to it.</param>
/// <param name="After">Words written after the head, joined to it.</param>
/// <param name="Forms">Irregular or explicit forms of the head.</param>
/// <param name="Code">The code of the verb on its own ("---" for none), as written.</param>
/// <param name="Line">The line it is defined on.</param>
internal sealed record ImportedVerb(string Lemma, string[] Before, string[] After, string[] Forms, string Code, int Line);
