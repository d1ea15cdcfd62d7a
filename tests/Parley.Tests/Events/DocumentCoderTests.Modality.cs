using Parley.Coding;

namespace Parley.Tests.Events;

public sealed partial class DocumentCoderTests
{
    [Theory]
    [InlineData("Greece did not criticize Turkey.", "GRC", Modality.Negated)]
    [InlineData("Greece failed to sign the agreement with Turkey.", "GRC", Modality.Negated)]
    [InlineData("Greece hoped the European Union would condemn Turkey.", "EU", Modality.Desired)]
    [InlineData("Greece could send troops to Cyprus if Turkey attacks.", "GRC", Modality.Hypothetical)]
    [InlineData("Did Greece criticize Turkey?", "GRC", Modality.Hypothetical)]
    [InlineData("Greece will criticize Turkey.", "GRC", Modality.Future)]
    [InlineData("It is possible that Greece will criticize Turkey.", "GRC", Modality.Hypothetical)]
    [InlineData("Greece must stop criticizing Turkey.", "GRC", Modality.Hypothetical)]
    [InlineData("Greece criticized Turkey.", "GRC", Modality.Asserted)]
    [InlineData("Cyprus blamed Turkey for failing to protect Greece.", "TUR", Modality.Negated)]
    [InlineData("Bulgaria accused Turkey of planning to attack Greece.", "TUR", Modality.Desired)]
    public void TheClauseDecidesWhetherTheEventHappened(string sentence, string source, Modality expected)
    {
        var events = Code(sentence);

        var coded = Assert.Single(events, e => e.Source.Code == source);
        Assert.Equal(expected, coded.Modality);
        if (expected != Modality.Asserted)
        {
            Assert.Contains(coded.Explanation.Rules, r => r.StartsWith("modality:", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Neither Greece nor Bulgaria criticized Turkey on Friday.")]
    [InlineData("Neither the Greek government nor the Bulgarian president criticized Turkey.")]
    public void NeitherNorMakesEachSubjectOfANegatedAct(string sentence)
    {
        var events = Code(sentence, new DateOnly(2024, 5, 6));

        // Both members of the "neither … nor" list are subjects, and neither act happened.
        Assert.Equal(2, events.Count(e => e.Code.Code.Root == "11" && e.Target?.Code.StartsWith("TUR", StringComparison.Ordinal) == true));
        Assert.Contains(events, e => e.Source.Code.StartsWith("GRC", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Source.Code.StartsWith("BGR", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal(Modality.Negated, e.Modality));
    }

    [Fact]
    public void NeitherNorAfterTheVerbNegatesTheActOnEachObject()
    {
        var events = Code("Turkey criticized neither Greece nor Bulgaria.", new DateOnly(2024, 5, 6));

        Assert.Contains(events, e => e.Target?.Code.StartsWith("GRC", StringComparison.Ordinal) == true);
        Assert.Contains(events, e => e.Target?.Code.StartsWith("BGR", StringComparison.Ordinal) == true);
        Assert.All(events, e => Assert.Equal(Modality.Negated, e.Modality));
    }

    [Theory]
    [InlineData("Israel refused to lift the blockade of Gaza.", "0872", "1246")]
    [InlineData("Chile declined to free the Peruvian prisoners.", "0841", "1243")]
    [InlineData("Serbia will not withdraw its troops from Kosovo.", "087", "1246")]
    public void ARefusedActIsNegatedAndItsRefusalIsTheEvent(string sentence, string act, string refusal)
    {
        var events = Code(sentence, new DateOnly(2024, 5, 6));

        // The act is negated; the refusal CAMEO names for it is asserted, instead of the bare "refuse" (120)
        Assert.Contains(events, e => e.Code.Code.Value == act && e.Modality == Modality.Negated);
        var asserted = Assert.Single(events, e => e.Modality == Modality.Asserted);
        Assert.Equal(refusal, asserted.Code.Code.Value);
        Assert.Contains(asserted.Explanation.Rules, r => r.StartsWith("refusal:", StringComparison.Ordinal));
    }

    [Fact]
    public void ARefusalOnAConditionIsNotCoded()
    {
        var events = Code("Serbia will not withdraw its troops from Kosovo unless NATO guarantees the border.", new DateOnly(2024, 5, 6));

        Assert.DoesNotContain(events, e => e.Modality == Modality.Asserted && e.Code.Code.Root == "12");
    }

    [Fact]
    public void ARefusalIsAnAssertedRejection()
    {
        var coded = Only("Greece refused to negotiate with Turkey.");

        Assert.Equal("12", coded.Code.Code.Root);
        Assert.Equal(Modality.Asserted, coded.Modality);
    }

    [Theory]
    [InlineData("Japan will send humanitarian aid to Nepal.", "0333")]
    [InlineData("Ghana will meet Togo next week.", "036")]
    [InlineData("Chile will release the Peruvian prisoners.", "0353")]
    [InlineData("Japan will impose sanctions on Nepal.", "1312")]
    [InlineData("Japan will break off diplomatic relations with Nepal.", "1313")]
    [InlineData("Japan said it would send humanitarian aid to Nepal.", "0333")]
    [InlineData("The minister announced that Japan would impose sanctions on Nepal.", "1312")]
    public void AnAnnouncedActIsAnAssertedExpressionOfIntentOrThreat(string sentence, string intent)
    {
        var events = Code(sentence, new DateOnly(2024, 5, 6));

        // The act itself is future, not asserted; its announcement is the intent or threat code, dated when it was made
        Assert.Contains(events, e => e.Modality == Modality.Future && e.Code.Code.Root is not ("03" or "13"));
        var announced = Assert.Single(events, e => e.Modality == Modality.Asserted);
        Assert.Equal(intent, announced.Code.Code.Value);
        Assert.Equal(new DateOnly(2024, 5, 6), announced.Date);
        Assert.Contains(announced.Explanation.Rules, r => r.StartsWith("intent:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Liberian leaders wrote to President Bush urging him to send peacekeeping troops.")]
    [InlineData("France asked Iran to release the French prisoners.")]
    public void TheActAnAppealAsksForIsNotDone(string sentence)
    {
        var events = Code(sentence, new DateOnly(2024, 5, 6));

        // Whoever is urged or asked has not acted: only the appeal (root 02) may be asserted
        Assert.All(events.Where(e => e.Modality == Modality.Asserted), e => Assert.Equal("02", e.Code.Code.Root));
        Assert.DoesNotContain(events, e => e.Modality == Modality.Asserted && e.Code.Code.Root is "07" or "08");
    }

    [Theory]
    [InlineData("Norway is willing to send troops to help defend Ukraine.")]
    [InlineData("Norway offered to send aid to help Ukraine.")]
    [InlineData("Colombian rebels pledged to lay down their weapons.")]
    public void AnActUndertakenWithAnInfinitiveIsAnnouncedNotDone(string sentence)
    {
        var events = Code(sentence, new DateOnly(2024, 5, 6));

        // The acts after "willing to", "offered to", "pledged to" are future; only an intent may be asserted
        Assert.Contains(events, e => e.Modality == Modality.Future);
        Assert.All(events.Where(e => e.Modality == Modality.Asserted), e => Assert.Equal("03", e.Code.Code.Root));
    }

    [Theory]
    [InlineData("Japan will not send aid to Nepal.")]
    [InlineData("Japan hopes Korea will send aid to Nepal.")]
    [InlineData("It is possible that Japan will attack Nepal.")]
    [InlineData("Japan will criticize Nepal.")]
    [InlineData("Japan would send aid to Nepal.")]
    [InlineData("Japan said it would send aid to Nepal if Korea paid for it.")]
    public void NoIntentOrThreatIsCodedForWhatIsNotAnnounced(string sentence)
    {
        var events = Code(sentence, new DateOnly(2024, 5, 6));

        Assert.DoesNotContain(events, e => e.Code.Code.Root is "03" or "13");
    }
}
