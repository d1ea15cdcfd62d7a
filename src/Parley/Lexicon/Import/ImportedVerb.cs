namespace Parley.Lexicon.Import;

/// <summary>A verb of an imported dictionary: the head word and the words that belong to it ("ask for", "wire tap").</summary>
/// <param name="Lemma">The head word, lower case.</param>
/// <param name="Before">Words written before the head, joined to it.</param>
/// <param name="After">Words written after the head, joined to it.</param>
/// <param name="Forms">Irregular or explicit forms of the head.</param>
/// <param name="Code">The code of the verb on its own ("---" for none), as written.</param>
/// <param name="Line">The line it is defined on.</param>
internal sealed record ImportedVerb(string Lemma, string[] Before, string[] After, string[] Forms, string Code, int Line)
{
    /// <summary>
    /// For each word of <see cref="After"/>, as written in a TABARI root ("DEATH TOLL RISEN", "CALLED_ON"): whether '_'
    /// joins it to the word before (else a blank: other words may come between, manual 5.5.3), and whether it is a whole
    /// word (ended by '_' or '=') rather than a stem. Null: every word joined and whole.
    /// </summary>
    public (bool Joined, bool Whole)[]? AfterWritten { get; init; }
}
