using System.Collections.Frozen;

namespace Parley.Tagging;

/// <summary>
/// Finds the lemma of a tagged English word: verbs to their base form ("met" VBD → "meet", "talks" VBZ → "talk"),
/// common nouns to the singular ("talks" NNS → "talk", "wives" → "wife"). Irregular verbs come from
/// <see cref="IrregularVerbTable"/>, the table the lexicon's inflector uses; regular forms follow the spelling rules,
/// and where the rules allow several stems ("used" → "use" or "us"?) the stem the training corpus knows as a verb or
/// noun wins. Other tags give the lower-cased word; proper nouns keep their spelling.
/// </summary>
public sealed class Lemmatizer
{
    private static readonly Lazy<Lemmatizer> BuiltIn = new(() => new Lemmatizer(
        IrregularVerbTable.Default,
        PosTagger.Default.KnownVerbLemmas.Concat(IrregularVerbTable.Default.Lemmas),
        PosTagger.Default.KnownNounLemmas));

    private static readonly FrozenDictionary<string, string> IrregularNouns = new Dictionary<string, string>
    {
        ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["feet"] = "foot", ["teeth"] = "tooth", ["mice"] = "mouse",
        ["geese"] = "goose", ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife", ["halves"] = "half", ["leaves"] = "leaf",
        ["thieves"] = "thief", ["crises"] = "crisis", ["analyses"] = "analysis", ["theses"] = "thesis", ["criteria"] = "criterion",
        ["phenomena"] = "phenomenon", ["spokesmen"] = "spokesman", ["servicemen"] = "serviceman", ["gunmen"] = "gunman",
        ["policemen"] = "policeman", ["congressmen"] = "congressman", ["chairmen"] = "chairman", ["businessmen"] = "businessman",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Forms of "be", "have", "do" and the clitics; the auxiliaries are too frequent to leave to rules.
    private static readonly FrozenDictionary<string, string> Auxiliaries = new Dictionary<string, string>
    {
        ["is"] = "be", ["are"] = "be", ["am"] = "be", ["was"] = "be", ["were"] = "be", ["been"] = "be", ["being"] = "be",
        ["'s"] = "be", ["'re"] = "be", ["'m"] = "be", ["has"] = "have", ["had"] = "have", ["having"] = "have", ["'ve"] = "have",
        ["'d"] = "have", ["does"] = "do", ["did"] = "do", ["done"] = "do", ["doing"] = "do", ["n't"] = "not", ["'ll"] = "will",
        ["wo"] = "will", ["ca"] = "can", ["sha"] = "shall",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly IrregularVerbTable _irregular;
    private readonly FrozenSet<string> _verbs;
    private readonly FrozenSet<string> _nouns;

    /// <summary>Creates a lemmatiser with an irregular verb table and lexicons of known base verbs and singular nouns (lower case).</summary>
    public Lemmatizer(IrregularVerbTable irregular, IEnumerable<string> knownVerbs, IEnumerable<string> knownNouns)
    {
        ArgumentNullException.ThrowIfNull(irregular);
        ArgumentNullException.ThrowIfNull(knownVerbs);
        ArgumentNullException.ThrowIfNull(knownNouns);
        _irregular = irregular;
        _verbs = knownVerbs.ToFrozenSet(StringComparer.Ordinal);
        _nouns = knownNouns.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The lemmatiser with the built-in table and the lexicon of the built-in tagger model.</summary>
    public static Lemmatizer Default => BuiltIn.Value;

    /// <summary>Adds known base verbs (e.g. the verbs of a pattern dictionary), so that their forms lemmatise to them.</summary>
    public Lemmatizer WithKnownVerbs(IEnumerable<string> verbs)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        return new Lemmatizer(_irregular, _verbs.Concat(verbs.Select(v => v.ToLowerInvariant())), _nouns);
    }

    /// <summary>The lemma of <paramref name="word"/> tagged <paramref name="tag"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> word, PosTag tag)
    {
        if (tag.IsProperNoun())
        {
            return word.ToString();
        }

        var lower = word.ToString().ToLowerInvariant();
        if (tag.IsVerb() || tag == PosTag.MD || lower is "n't")
        {
            if (Auxiliaries.TryGetValue(lower, out var auxiliary))
            {
                return auxiliary;
            }

            return tag switch
            {
                PosTag.VBZ => VerbFromThirdPerson(lower),
                PosTag.VBG => VerbFromGerund(lower),
                PosTag.VBD or PosTag.VBN => VerbFromPast(lower),
                _ => lower,
            };
        }

        return tag == PosTag.NNS ? NounFromPlural(lower) : lower;
    }

    private string VerbFromThirdPerson(string form)
    {
        if (form.Length > 4 && form.EndsWith("ies", StringComparison.Ordinal))
        {
            return form[..^3] + "y";
        }

        if (!form.EndsWith('s') || form.Length < 3)
        {
            return form;
        }

        var withoutS = form[..^1];
        var withoutEs = form.EndsWith("es", StringComparison.Ordinal) ? form[..^2] : null;
        if (withoutEs is not null && EndsInSibilantOrO(withoutEs))
        {
            // "watches" → "watch", "goes" → "go"; but "uses" → "use" when that is the known verb.
            return _verbs.Contains(withoutS) && !_verbs.Contains(withoutEs) ? withoutS : withoutEs;
        }

        return withoutS;
    }

    private string VerbFromGerund(string form)
    {
        if (form.Length < 5 || !form.EndsWith("ing", StringComparison.Ordinal))
        {
            return form;
        }

        // "dying" → "die": only a consonant before "-ying" marks a verb in "-ie"; "paying", "staying" keep their 'y'.
        var ieVerb = form.EndsWith("ying", StringComparison.Ordinal) && form.Length > 5 && !IsVowel(form[^5]);
        return Stem(form[..^3], ieVerb ? form[..^4] + "ie" : null);
    }

    private string VerbFromPast(string form)
    {
        if (_irregular.TryGetLemma(form, out var lemma))
        {
            return lemma;
        }

        if (form.Length < 4 || !form.EndsWith("ed", StringComparison.Ordinal))
        {
            return form;
        }

        if (form.EndsWith("ied", StringComparison.Ordinal) && form.Length > 4)
        {
            return form[..^3] + "y";
        }

        return Stem(form[..^2], null);
    }

    // Chooses the base form for a stem left by "-ed"/"-ing": the stem, the stem + 'e' ("us" → "use") or the stem with a
    // doubled final consonant undone ("bann" → "ban"); known verbs first, then spelling rules.
    private string Stem(string stem, string? alternative)
    {
        var withE = stem + "e";
        var undoubled = stem.Length > 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) ? stem[..^1] : null;
        if (alternative is not null && _verbs.Contains(alternative))
        {
            return alternative;
        }

        // "putting" → "put" although "putt" is a verb too: the doubled consonant is the usual reading.
        if (undoubled is not null && _verbs.Contains(undoubled))
        {
            return undoubled;
        }

        // "hoped" → "hope", not "hop": a one-syllable stem ending consonant-vowel-consonant would have doubled its
        // consonant if it were the verb itself ("hopped"), so the 'e' was dropped.
        var singleSyllableCvc = stem.Length >= 3 && !IsVowel(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y') && IsVowel(stem[^2])
            && !IsVowel(stem[^3]) && stem.Count(IsVowel) == 1;
        if (singleSyllableCvc && _verbs.Contains(withE))
        {
            return withE;
        }

        if (_verbs.Contains(stem))
        {
            return stem;
        }

        if (_verbs.Contains(withE))
        {
            return withE;
        }

        if (undoubled is not null && stem[^1] is not ('l' or 's' or 'z' or 'f'))
        {
            return undoubled;
        }

        // An 'e' was dropped after these endings ("negotiat-ed", "recogniz-ed", "serv-ed", "bridg-ed").
        return stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal)
            || stem.EndsWith("is", StringComparison.Ordinal) || stem.EndsWith('v') || stem.EndsWith("dg", StringComparison.Ordinal)
            || stem.EndsWith("us", StringComparison.Ordinal) || stem.EndsWith("uc", StringComparison.Ordinal)
            || (stem.Length > 2 && !IsVowel(stem[^1]) && IsVowel(stem[^2]) && !IsVowel(stem[^3]) && stem[^1] is 'c' or 'g' or 'r' or 'k' && !stem.EndsWith("er", StringComparison.Ordinal))
            ? withE
            : stem;
    }

    private string NounFromPlural(string form)
    {
        if (IrregularNouns.TryGetValue(form, out var singular))
        {
            return singular;
        }

        if (form.Length < 3 || !form.EndsWith('s') || form.EndsWith("ss", StringComparison.Ordinal) || form.EndsWith("us", StringComparison.Ordinal))
        {
            return form;
        }

        if (form.Length > 4 && form.EndsWith("ies", StringComparison.Ordinal))
        {
            return form[..^3] + "y";
        }

        if (form.EndsWith("ves", StringComparison.Ordinal))
        {
            var f = form[..^3] + "f";
            var fe = form[..^3] + "fe";
            if (_nouns.Contains(fe))
            {
                return fe;
            }

            if (_nouns.Contains(f))
            {
                return f;
            }
        }

        var withoutS = form[..^1];
        if (form.EndsWith("es", StringComparison.Ordinal))
        {
            var withoutEs = form[..^2];
            if (EndsInSibilantOrO(withoutEs) && !_nouns.Contains(withoutS))
            {
                return withoutEs;
            }
        }

        return withoutS;
    }

    private static bool EndsInSibilantOrO(string stem) =>
        stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal)
        || stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith('o');

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
