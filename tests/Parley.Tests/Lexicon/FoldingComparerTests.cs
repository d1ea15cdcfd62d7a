using Parley.Lexicon.Internal;

namespace Parley.Tests.Lexicon;

/// <summary>Words are compared ignoring case and diacritics, also under the engine's invariant globalization.</summary>
public sealed class FoldingComparerTests
{
    [Theory]
    [InlineData("Erdoğan", "ERDOGAN")]
    [InlineData("Lukašenka", "lukasenka")]
    [InlineData("Bădescu", "Badescu")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Müller", "MULLER")]
    [InlineData("Ñuñoa", "nunoa")]
    [InlineData("Ştefan", "stefan")]
    public void AccentedAndPlainSpellingsAreTheSameWord(string accented, string plain)
    {
        Assert.True(FoldingComparer.Instance.Equals(accented, plain));
        Assert.Equal(FoldingComparer.Instance.GetHashCode(plain), FoldingComparer.Instance.GetHashCode(accented));
    }

    [Theory]
    [InlineData("Erdogan", "Erdogen")]
    [InlineData("Sasa", "Sasha")]
    public void OtherLettersStayApart(string left, string right) =>
        Assert.False(FoldingComparer.Instance.Equals(left, right));
}
