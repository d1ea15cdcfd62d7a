namespace Parley.Lexicon.Internal;

/// <summary>Singular and regular plural of an event noun: "attack" → "attacks", "ally" → "allies", "talks" stays.</summary>
internal static class NounForms
{
    public static IEnumerable<string> Of(string lemma)
    {
        yield return lemma;
        if (lemma.Length < 3 || lemma.EndsWith('s') || lemma.Contains('\''))
        {
            yield break;
        }

        if (lemma.EndsWith('y') && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal))
        {
            yield return lemma[..^1] + "ies";
        }
        else if (lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal)
            || lemma.EndsWith('x') || lemma.EndsWith('z'))
        {
            yield return lemma + "es";
        }
        else
        {
            yield return lemma + "s";
        }
    }
}
