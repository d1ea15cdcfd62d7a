using Parley.Text;

namespace Parley.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var buffer = new TokenBuffer();
        Tokenizer.Tokenize(normalized, buffer);
        return buffer.ToArray().Select(t => normalized.Substring(t.Start, t.Length)).ToArray();
    }

    public static TheoryData<string, string[]> Cases => new()
    {
        { "Russia attacks Ukraine.", ["Russia", "attacks", "Ukraine", "."] },
        { "Russia's foreign minister", ["Russia", "'s", "foreign", "minister"] },
        { "Russia\u2019s envoy", ["Russia", "'s", "envoy"] },
        { "They didn't sign.", ["They", "did", "n't", "sign", "."] },
        { "Moscow can't accept it", ["Moscow", "ca", "n't", "accept", "it"] },
        { "We're ready, they'll see", ["We", "'re", "ready", ",", "they", "'ll", "see"] },
        { "the U.S. envoy", ["the", "U.S.", "envoy"] },
        { "Gen. Gerasimov", ["Gen.", "Gerasimov"] },
        { "George W. Bush", ["George", "W.", "Bush"] },
        { "No. 10 Downing Street", ["No.", "10", "Downing", "Street"] },
        { "Nagorno-Karabakh and pro-Russian forces", ["Nagorno-Karabakh", "and", "pro-Russian", "forces"] },
        { "O'Brien met Mu'ammar", ["O'Brien", "met", "Mu'ammar"] },
        { "$1,200.50 and 3.5% growth", ["$", "1,200.50", "and", "3.5", "%", "growth"] },
        { "a 10-year-old boy in the 1990s", ["a", "10-year-old", "boy", "in", "the", "1990s"] },
        { "at 10:30 on 24/7 duty", ["at", "10:30", "on", "24/7", "duty"] },
        { "see https://www.mid.ru/en/news. Then", ["see", "https://www.mid.ru/en/news", ".", "Then"] },
        { "He said \u201Cno\u201D \u2014 firmly", ["He", "said", "\"", "no", "\"", "-", "firmly"] },
        { "wait... what", ["wait", "...", "what"] },
        { "(AP) -- Turkey", ["(", "AP", ")", "--", "Turkey"] },
        { "Erdoğan and Lukashenka", ["Erdoğan", "and", "Lukashenka"] },
        { "Зеленский said", ["Зеленский", "said"] },
        { "the talks' outcome", ["the", "talks", "'", "outcome"] },
        { "Côte d'Ivoire's leader", ["Côte", "d'Ivoire", "'s", "leader"] },
        { "soft\u00ADhyphen and zero\u200Bwidth", ["softhyphen", "and", "zerowidth"] },
        { "He left.The end", ["He", "left", ".", "The", "end"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitsTextTheWayNewsTaggersExpect(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Fact]
    public void FlagsCapitalisationAbbreviationsAndParagraphStarts()
    {
        var text = "NATO met.\n\nThe U.S. envoy";
        var buffer = new TokenBuffer();
        Tokenizer.Tokenize(text, buffer);
        var tokens = buffer.ToArray();
        Assert.True(tokens[0].Has(TokenFlags.AllCaps | TokenFlags.Capitalized | TokenFlags.ParagraphStart));
        Assert.True(tokens[3].Has(TokenFlags.ParagraphStart));
        Assert.True(tokens[4].Has(TokenFlags.Abbreviation));
        Assert.False(tokens[5].Has(TokenFlags.Capitalized));
    }

    [Fact]
    public void TokensPointIntoTheTextWithoutCopying()
    {
        var analyzed = AnalyzedText.Analyze("Baku accused Yerevan.");
        Assert.Equal("accused", analyzed.TokenText(1).ToString());
        Assert.Equal(5, analyzed.Tokens[1].Start);
    }

    [Theory]
    [InlineData("didn't", "did|n't")]
    [InlineData("can't", "ca|n't")]
    [InlineData("Russia's", "Russia|'s")]
    [InlineData("U.S.", "U.S.")]
    [InlineData("O'Neill", "O'Neill")]
    [InlineData("$.50", "$|.50")]
    public void WordsSplitInThePennStyle(string input, string expected)
    {
        var buffer = new TokenBuffer();

        Tokenizer.Tokenize(input, buffer);

        Assert.Equal(expected, string.Join('|', buffer.ToArray().Select(t => input.Substring(t.Start, t.Length))));
    }
}
