using Parley.Text;

namespace Parley.Tests.Text;

public sealed class TokenizerTests
{
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
