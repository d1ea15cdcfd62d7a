using Parley.Lexicon;
using Parley.Tagging;

namespace Parley.Tests.Tagging;

public sealed class LemmatizerTests
{
    [Theory]
    [InlineData("met", PosTag.VBD, "meet")]
    [InlineData("taken", PosTag.VBN, "take")]
    [InlineData("fled", PosTag.VBD, "flee")]
    [InlineData("talks", PosTag.VBZ, "talk")]
    [InlineData("watches", PosTag.VBZ, "watch")]
    [InlineData("denies", PosTag.VBZ, "deny")]
    [InlineData("attacked", PosTag.VBD, "attack")]
    [InlineData("banned", PosTag.VBN, "ban")]
    [InlineData("used", PosTag.VBD, "use")]
    [InlineData("negotiated", PosTag.VBD, "negotiate")]
    [InlineData("visiting", PosTag.VBG, "visit")]
    [InlineData("making", PosTag.VBG, "make")]
    [InlineData("stopping", PosTag.VBG, "stop")]
    [InlineData("was", PosTag.VBD, "be")]
    [InlineData("'s", PosTag.VBZ, "be")]
    [InlineData("has", PosTag.VBZ, "have")]
    [InlineData("n't", PosTag.RB, "not")]
    [InlineData("talks", PosTag.NNS, "talk")]
    [InlineData("crises", PosTag.NNS, "crisis")]
    [InlineData("wives", PosTag.NNS, "wife")]
    [InlineData("countries", PosTag.NNS, "country")]
    [InlineData("paying", PosTag.VBG, "pay")]
    [InlineData("churches", PosTag.NNS, "church")]
    [InlineData("Talks", PosTag.NNS, "talk")]
    [InlineData("Americans", PosTag.NNPS, "Americans")]
    [InlineData("Armenia", PosTag.NNP, "Armenia")]
    public void WordsLemmatiseToTheirBaseForm(string word, PosTag tag, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Default.Lemmatize(word, tag));

    [Fact]
    public void EveryFormTheInflectorGeneratesForAPatternVerbLemmatisesBack()
    {
        // Given the verbs of the pattern dictionary and the inflector that generates their forms from the shared irregular table
        var lemmas = PatternLexicon.Default.Patterns.Select(p => p.Lemma).Distinct().ToArray();
        var lemmatizer = Lemmatizer.Default.WithKnownVerbs(lemmas);

        // When every generated form is lemmatised with its tag (forms two spelling variants share, such as "lambasted"
        // of "lambast" and "lambaste", are left out: either lemma is right, and both entries match them)
        var shared = lemmas.SelectMany(l => Inflector.Default.Inflect(l).Select(f => (f.Form, Lemma: l)))
            .GroupBy(f => f.Form).Where(g => g.Select(f => f.Lemma).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        var wrong = new List<string>();
        foreach (var lemma in lemmas)
        {
            foreach (var (form, kind) in Inflector.Default.Inflect(lemma).Where(f => !shared.Contains(f.Form)))
            {
                var tag = kind.HasFlag(VerbForm.Past) ? PosTag.VBD : kind.HasFlag(VerbForm.PastParticiple) ? PosTag.VBN
                    : kind.HasFlag(VerbForm.Gerund) ? PosTag.VBG : kind.HasFlag(VerbForm.ThirdPerson) ? PosTag.VBZ : PosTag.VB;
                var back = lemmatizer.Lemmatize(form, tag);
                if (back != lemma && !(lemma == "be" && back == "be"))
                {
                    wrong.Add($"{form}/{tag} → {back}, expected {lemma}");
                }
            }
        }

        // Then each comes back to its lemma, so one dictionary entry matches every inflected form
        Assert.Empty(wrong);
    }
}
