using Parley.Ontology;

namespace Parley.Lexicon;

/// <summary>A verb pattern: a verb lemma, the words that must follow it, and the CAMEO code it yields.</summary>
/// <param name="Id">Stable id: the file and line it is defined on.</param>
/// <param name="Code">The CAMEO code the pattern yields.</param>
/// <param name="Lemma">The verb lemma ("meet").</param>
/// <param name="Following">Words that must follow the verb, in order ("with"); articles in the text between them are skipped.</param>
public sealed record VerbPattern(string Id, CameoCodeInfo Code, string Lemma, IReadOnlyList<string> Following)
{
    /// <summary>The pattern as written: "meet with".</summary>
    public string Text => Following.Count == 0 ? Lemma : Lemma + " " + string.Join(' ', Following);
}
