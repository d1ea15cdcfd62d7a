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
    [InlineData("Greece is about to sign an agreement with Turkey.", "GRC", Modality.Future)]
    [InlineData("Greece criticized Turkey.", "GRC", Modality.Asserted)]
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

    [Fact]
    public void ARefusalIsAnAssertedRejection()
    {
        var coded = Only("Greece refused to negotiate with Turkey.");

        Assert.Equal("12", coded.Code.Code.Root);
        Assert.Equal(Modality.Asserted, coded.Modality);
    }
}
