using System.Collections.Frozen;
using Parley.Tagging;

namespace Parley.Lexicon;

/// <summary>
/// Generates the inflected forms of English verbs, so that one dictionary entry ("meet with") matches every
/// form in text ("met with", "meets with", "meeting with"). Irregular verbs come from the built-in table
/// (data/lexicon/irregular-verbs.txt, shared with the lemmatiser through <see cref="IrregularVerbTable"/>); regular verbs follow the spelling rules of English inflection,
/// with both American and British spellings where they differ ("canceled"/"cancelled").
/// </summary>
public sealed class Inflector
{
    private static readonly Lazy<Inflector> BuiltIn = new(() => new Inflector(IrregularVerbTable.Default));

    // Verbs stressed on the final syllable double their final consonant ("admitted", "referred").
    private static readonly FrozenSet<string> DoublingVerbs = FrozenSet.Create(
        StringComparer.Ordinal,
        "admit", "commit", "submit", "permit", "omit", "emit", "transmit", "refer", "prefer", "occur", "deter", "control",
        "patrol", "compel", "expel", "propel", "rebel", "repel", "regret", "acquit", "abet", "equip", "embed", "forbid",
        "transfer", "confer", "defer", "infer", "incur", "recur", "concur", "outbid", "upset", "beget", "allot", "extol");

    // British spelling doubles a final 'l' after one vowel even without final stress ("travelled").
    private static readonly FrozenSet<string> BritishDoubleL = FrozenSet.Create(
        StringComparer.Ordinal,
        "travel", "cancel", "label", "model", "signal", "fuel", "level", "total", "channel", "counsel", "marshal", "shovel",
        "quarrel", "rival", "tunnel", "funnel", "initial", "dial", "duel", "equal", "pedal", "parcel", "libel");

    private readonly IrregularVerbTable _irregular;

    /// <summary>Creates an inflector that uses <paramref name="irregular"/> for irregular verbs.</summary>
    public Inflector(IrregularVerbTable irregular)
    {
        ArgumentNullException.ThrowIfNull(irregular);
        _irregular = irregular;
    }

    /// <summary>The inflector with the built-in irregular verb table.</summary>
    public static Inflector Default => BuiltIn.Value;

    /// <summary>Every form of <paramref name="lemma"/> with what it is; a form may be several things ("met": past and participle).</summary>
    public IReadOnlyList<(string Form, VerbForm Kind)> Inflect(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var forms = new Dictionary<string, VerbForm>(StringComparer.Ordinal);
        void Add(string form, VerbForm kind) => forms[form] = forms.GetValueOrDefault(form) | kind;

        Add(lemma, VerbForm.Base);
        Add(ThirdPerson(lemma), VerbForm.ThirdPerson);
        foreach (var gerund in Gerunds(lemma))
        {
            Add(gerund, VerbForm.Gerund);
        }

        if (_irregular.TryGetForms(lemma, out var irregularPast, out var irregularParticiple))
        {
            foreach (var past in irregularPast)
            {
                Add(past, VerbForm.Past);
            }

            foreach (var participle in irregularParticiple)
            {
                Add(participle, VerbForm.PastParticiple);
            }
        }
        else
        {
            foreach (var past in RegularPasts(lemma))
            {
                Add(past, VerbForm.Past | VerbForm.PastParticiple);
            }
        }

        if (lemma == "be")
        {
            Add("is", VerbForm.ThirdPerson);
            Add("are", VerbForm.Base);
            Add("am", VerbForm.Base);
        }

        return forms.Select(f => (f.Key, f.Value)).ToArray();
    }

    /// <summary>Parses an irregular verb table: lines "lemma past participle", alternatives separated by '/'.</summary>
    public static Inflector Parse(string text, string fileName) => new(IrregularVerbTable.Parse(text, fileName));

    private static string ThirdPerson(string lemma)
    {
        if (lemma is "have")
        {
            return "has";
        }

        if (lemma is "do" or "go")
        {
            return lemma + "es";
        }

        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal)
            || lemma.EndsWith("sh", StringComparison.Ordinal) || (lemma.EndsWith('o') && lemma.Length > 2 && !IsVowel(lemma[^2])))
        {
            return lemma + "es";
        }

        return EndsInConsonantY(lemma) ? lemma[..^1] + "ies" : lemma + "s";
    }

    private static IEnumerable<string> RegularPasts(string lemma)
    {
        if (lemma.EndsWith('e'))
        {
            yield return lemma + "d";
        }
        else if (EndsInConsonantY(lemma))
        {
            yield return lemma[..^1] + "ied";
        }
        else if (Doubles(lemma))
        {
            yield return lemma + lemma[^1] + "ed";
        }
        else
        {
            yield return lemma + "ed";
            if (BritishDoubleL.Contains(lemma))
            {
                yield return lemma + "led";
            }
        }
    }

    private static IEnumerable<string> Gerunds(string lemma)
    {
        if (lemma.EndsWith("ie", StringComparison.Ordinal))
        {
            yield return lemma[..^2] + "ying";
        }
        else if (lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) && !lemma.EndsWith("ye", StringComparison.Ordinal)
            && !lemma.EndsWith("oe", StringComparison.Ordinal) && lemma != "be")
        {
            yield return lemma[..^1] + "ing";
        }
        else if (Doubles(lemma))
        {
            yield return lemma + lemma[^1] + "ing";
        }
        else
        {
            yield return lemma + "ing";
            if (BritishDoubleL.Contains(lemma))
            {
                yield return lemma + "ling";
            }
        }
    }

    // One-syllable verbs ending consonant-vowel-consonant double the consonant ("ban" → "banned"), as do verbs stressed at the end.
    private static bool Doubles(string lemma)
    {
        if (DoublingVerbs.Contains(lemma))
        {
            return true;
        }

        if (lemma.Length < 3 || lemma[^1] is 'w' or 'x' or 'y' || IsVowel(lemma[^1]) || !IsVowel(lemma[^2]) || IsVowel(lemma[^3]))
        {
            return false;
        }

        var vowelGroups = 0;
        for (var i = 0; i < lemma.Length; i++)
        {
            if (IsVowel(lemma[i]) && (i == 0 || !IsVowel(lemma[i - 1])))
            {
                vowelGroups++;
            }
        }

        return vowelGroups == 1;
    }

    private static bool EndsInConsonantY(string lemma) => lemma.Length > 1 && lemma[^1] == 'y' && !IsVowel(lemma[^2]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
