using Parley.Lexicon;
using Parley.Text;

namespace Parley.Tests.Lexicon;

/// <summary>
/// Each feature of the pattern language (docs/patterns.md), matching and not matching, on a small lexicon written
/// for these tests: head forms, particles, objects, word classes, modifiers, '_' adjacency, '...', SOURCE and TARGET
/// slots before and after the head, passives, nominal forms, null patterns, reciprocal codes and part-of-speech cues.
/// </summary>
public sealed class PatternLanguageTests
{
    private const string Patterns = """
        $SANCTION = sanctions | embargo | arms embargo | travel ban

        verb impose
            163  impose $SANCTION on TARGET
        verb call
            020  call on TARGET to
        verb shout
            111  shout at TARGET
        verb side
            050  side with TARGET
        verb accuse
            112  accuse
            1121 accuse TARGET of corruption
        verb cordon
            191  cordon_off
        verb negotiate
            046  negotiate ... deal with TARGET
        verb hit
            190  hit
            ---  hit the headlines
        verb visit
            042:043 visit TARGET
        verb mediate
            045  mediate between TARGET
        verb warn
            160  SOURCE warn TARGET
        verb conclude
            057  conclude ... accord
        noun talks
            040  talks between SOURCE and TARGET
            040  talks with TARGET
        noun visit
            042  SOURCE 's visit to TARGET
        noun attack
            190  attack on TARGET by SOURCE
            190  attack on TARGET
        noun mediation
            045  with_the mediation of SOURCE
        noun criticism
            111  SOURCE 's criticism of TARGET
        phrase in
            1123 in retaliation for
        verb escalate
            190  border clashes escalate
        verb resume
            046  COMPOUND resume talks
        """;

    private static readonly PatternLexicon Lexicon = LexiconTesting.Compile(Patterns);

    [Theory]
    // Inflected forms of the head: every form matches.
    [InlineData("Russia imposes sanctions on Ukraine.", "163 RUS>UKR")]
    [InlineData("Russia imposed sanctions on Ukraine.", "163 RUS>UKR")]
    [InlineData("Russia is imposing sanctions on Ukraine.", "163 RUS>UKR")]
    [InlineData("Russia will impose sanctions on Ukraine.", "163 RUS>UKR")]
    // Particles and prepositions must be there.
    [InlineData("France called on Iran to stop.", "020 FRA>IRN")]
    [InlineData("France called Iran to stop.", "")]
    // A date's "on" is no structure of the pattern: the date may stand between the verb and its complement.
    [InlineData("Russia imposed on Monday sanctions on Ukraine.", "163 RUS>UKR")]
    [InlineData("Russia imposed on March 3 sanctions on Ukraine.", "163 RUS>UKR")]
    [InlineData("Germany shouted at Poland.", "111 DEU>POL")]
    [InlineData("Germany shouted to Poland.", "")]
    [InlineData("Pakistan sided with China.", "050 PAK>CHN")]
    [InlineData("Pakistan sided against China.", "")]
    // Word classes: any member, one- or multi-word; other words do not match.
    [InlineData("Russia imposed an embargo on Ukraine.", "163 RUS>UKR")]
    [InlineData("Russia imposed an arms embargo on Ukraine.", "163 RUS>UKR")]
    [InlineData("Russia imposed a travel ban on Ukraine.", "163 RUS>UKR")]
    [InlineData("Russia imposed a tax on Ukraine.", "")]
    // Up to three modifier words between elements; not four, and never a structural word.
    [InlineData("Russia imposed tough new economic sanctions on Ukraine.", "163 RUS>UKR")]
    [InlineData("Russia imposed very tough new economic sanctions on Ukraine.", "")]
    [InlineData("Russia imposed sanctions today on Ukraine.", "163 RUS>UKR")]
    [InlineData("Russia imposed sanctions and tariffs on Ukraine.", "")]
    // '_' joins elements that must be adjacent.
    [InlineData("Turkey cordoned off the border with Syria.", "191 TUR>SYR")]
    [InlineData("Turkey cordoned the area off.", "")]
    // '...' stands for up to six words of any kind, not across punctuation.
    [InlineData("Russia negotiated a long-awaited and much-debated gas deal with Ukraine.", "046 RUS>UKR")]
    [InlineData("Russia negotiated, after long delays, a deal with Ukraine.", "")]
    [InlineData("Russia negotiated for many years over the price of a deal with Ukraine.", "")]
    // TARGET after the head: the actor must stand there.
    [InlineData("Russia imposed sanctions on the United States.", "163 RUS>USA")]
    [InlineData("Russia imposed sanctions on exports.", "")]
    // A more specific pattern wins over a shorter one of the same head.
    [InlineData("Greece accused Turkey of corruption.", "1121 GRC>TUR")]
    [InlineData("Greece accused Turkey.", "112 GRC>TUR")]
    // Null patterns ('---') match and yield nothing.
    [InlineData("Russia hit the headlines in Ukraine.", "")]
    [InlineData("Russia hit Ukraine.", "190 RUS>UKR")]
    // Reciprocal codes: X visits Y gives Y hosts X.
    [InlineData("Kenya visited Uganda.", "042 KEN>UGA; 043 UGA>KEN")]
    // SOURCE and TARGET both named by the pattern: "between X and Y" (the coder adds the reverse pair of a meeting).
    [InlineData("Talks between Armenia and Azerbaijan resumed.", "040 ARM>AZE; 040 AZE>ARM")]
    [InlineData("Egypt mediated between Israel and Jordan.", "045 EGY>ISR; 045 EGY>JOR")]
    [InlineData("Talks between officials resumed.", "")]
    // Nominal forms: possessive source before the head, target after it.
    [InlineData("Kenya's visit to Uganda ended.", "042 KEN>UGA")]
    [InlineData("China's criticism of Japan was sharp.", "111 CHN>JPN")]
    [InlineData("The criticism of Japan was sharp.", "")]
    // "the attack on X by Y": target after the head, source after "by".
    [InlineData("The attack on Georgia by Russia was condemned.", "190 RUS>GEO")]
    [InlineData("Russia ordered the attack on Georgia.", "190 RUS>GEO")]
    // A source named after the head acts on the subject: "with the mediation of X".
    [InlineData("Israel and Jordan agreed with the mediation of Egypt.", "045 EGY>ISR; 045 EGY>JOR")]
    [InlineData("Israel and Jordan agreed with mediation of Egypt.", "")]
    // Talks with a target named after the head, source the subject.
    [InlineData("Iran held talks with France.", "040 IRN>FRA")]
    // Phrases match exactly as written.
    [InlineData("Iran acted in retaliation for raids by Israel.", "1123 IRN>ISR")]
    [InlineData("Iran acted in response to raids by Israel.", "")]
    // A SOURCE slot before the verb: the actor must stand there (auxiliaries aside), not in another clause.
    [InlineData("Russia warned Ukraine.", "160 RUS>UKR")]
    [InlineData("Russia has warned Ukraine.", "160 RUS>UKR")]
    [InlineData("Russia said it warned Ukraine.", "")]
    // Without a TARGET slot the target is the first actor after the head; one a gap stepped over comes first.
    [InlineData("Armenia concluded with Azerbaijan a peace accord.", "057 ARM>AZE")]
    [InlineData("Armenia concluded a peace accord with Azerbaijan.", "057 ARM>AZE")]
    // Coordination: one event per pair.
    [InlineData("France and Germany imposed sanctions on Iran.", "163 FRA>IRN; 163 DEU>IRN")]
    // Words before a verb head may be separated from it by the verb's auxiliaries, not by modals.
    [InlineData("Armenia's border clashes have escalated.", "190 ARM>-")]
    [InlineData("Armenia's border clashes could escalate.", "")]
    // COMPOUND: the members of a list act on each other; without a list the pattern does not match.
    [InlineData("Armenia and Azerbaijan resumed talks.", "046 ARM>AZE; 046 AZE>ARM")]
    [InlineData("Armenia resumed talks.", "")]
    public void PatternFeaturesMatchAndDoNotMatch(string sentence, string expected) =>
        Assert.Equal(expected, LexiconTesting.Code(Lexicon, sentence));

    [Theory]
    // Passive: the subject is the target, the agent after "by" the source.
    [InlineData("Turkey was accused by Greece.", "112 GRC>TUR")]
    // The agent after "by" stands where the active's object stood, and the subject where its object word stood.
    [InlineData("Turkey has been accused by Greece of corruption.", "1121 GRC>TUR")]
    [InlineData("Sanctions were imposed on Ukraine by Russia.", "163 RUS>UKR")]
    [InlineData("Ukraine was hit by Russia.", "190 RUS>UKR")]
    // Without "by X" nobody is named as the one who acted: no event.
    [InlineData("Turkey was accused of corruption.", "")]
    // Active voice of the same verbs, for contrast.
    [InlineData("Greece accused Turkey of lying.", "112 GRC>TUR")]
    public void PassiveTakesTheSourceFromBy(string sentence, string expected) =>
        Assert.Equal(expected, LexiconTesting.Code(Lexicon, sentence));

    [Theory]
    // After a determiner a verb head reads as a noun, so verb patterns do not match.
    [InlineData("The visit by Kenya pleased Uganda.", "")]
    [InlineData("Russia's accused spies met Ukraine.", "")]
    // After "to" or a modal an event noun reads as a verb: "to visit" is no visit noun.
    [InlineData("Kenya's plan to visit Uganda.", "042 KEN>UGA; 043 UGA>KEN")]
    public void HeuristicsDecideVerbOrNoun(string sentence, string expected) =>
        Assert.Equal(expected, LexiconTesting.Code(Lexicon, sentence));

    [Fact]
    public void TagsFromATaggerOverrideTheHeuristics()
    {
        // Given a tagger that calls "visited" a noun, the verb pattern does not match.
        const string sentence = "Kenya visited Uganda.";
        CoarseTag[] AllNouns(AnalyzedText text) => [.. Enumerable.Repeat(CoarseTag.Noun, text.Tokens.Count)];
        CoarseTag[] AllVerbs(AnalyzedText text) => [.. Enumerable.Repeat(CoarseTag.Verb, text.Tokens.Count)];

        Assert.Equal(string.Empty, LexiconTesting.Code(Lexicon, sentence, AllNouns));
        Assert.Equal("042 KEN>UGA; 043 UGA>KEN", LexiconTesting.Code(Lexicon, sentence, AllVerbs));
    }

    [Fact]
    public void CandidatesAreIndexedByEveryFormMostSpecificFirst()
    {
        var candidates = Lexicon.Candidates("accused").ToArray();
        Assert.Equal(["1121", "112"], candidates.Select(c => c.Pattern.Code!.Code.Value));
        Assert.True((candidates[0].Form & VerbForm.PastParticiple) != 0);
        Assert.Equal(2, Lexicon.Candidates("ATTACKS").Length);
        Assert.Equal(0, Lexicon.Candidates("unrelated").Length);
    }
}
