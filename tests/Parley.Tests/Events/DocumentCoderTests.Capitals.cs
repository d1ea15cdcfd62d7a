using Parley.Text;

namespace Parley.Tests.Events;

/// <summary>Sentences written in capitals throughout, as headlines and some wire services write them.</summary>
public sealed partial class DocumentCoderTests
{
    [Fact]
    public void ASentenceInCapitalsIsCodedLikeTheSameSentenceInOrdinaryCase()
    {
        var capitals = Only("RUSSIA EXPELS THREE BRITISH DIPLOMATS AFTER TALKS WITH LONDON COLLAPSE.");
        var ordinary = Only("Russia expels three British diplomats after talks with London collapse.");

        Assert.Equal(ordinary.Code.Code, capitals.Code.Code);
        Assert.Equal(ordinary.Source.Code, capitals.Source.Code);
        Assert.Equal(ordinary.Target?.Code, capitals.Target?.Code);
    }

    [Fact]
    public void InCapitalsAFunctionWordIsNoAcronymOfAnActor()
    {
        // "IS" is a word here, not the Islamic State
        Assert.All(Code("TURKEY IS TO RESTORE FULL DIPLOMATIC TIES WITH ISRAEL."), e => Assert.Equal("TUR", e.Source.Code));
    }

    [Theory]
    [InlineData("RUSSIA EXPELS BRITISH DIPLOMATS.", true)]
    [InlineData("Russia expels British diplomats.", false)]
    [InlineData("NATO and the EU met in Brussels.", false)]
    [InlineData("UN, EU.", false)]
    public void ASentenceIsInCapitalsWhenNoWordIsInLowerCase(string sentence, bool allCaps)
    {
        var text = AnalyzedText.Analyze(sentence);

        Assert.Equal(allCaps, text.IsAllCaps(text.Sentences[0]));
    }
}
