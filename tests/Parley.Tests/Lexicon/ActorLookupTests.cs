using Parley.Coding;
using Parley.Lexicon;
using Parley.Testing;

namespace Parley.Tests.Lexicon;

/// <summary>How phrases resolve on dates: the table in TestData/actor-lookups.tsv, written for Parley.</summary>
public sealed class ActorLookupTests
{
    private static readonly ActorLookup Lookup = new(ActorDictionary.Default);

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "actor-lookups.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f.Length > 3 ? f[3] : string.Empty);
        }

        return data;
    }

    [Fact]
    public void TheTableHasAtLeast150Cases() => Assert.True(Cases().Count >= 150);

    [Theory]
    [MemberData(nameof(Cases))]
    public void PhraseResolvesOnDate(string phrase, string date, string code, string name)
    {
        DateOnly? on = date.Length == 0 ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var match = Assert.Single(Lookup.Lookup(phrase, on));
        Assert.Equal(code, match.Mention.Code);
        if (name.Length > 0)
        {
            Assert.Equal(name, match.Mention.Name);
        }

        Assert.EndsWith(match.Matched, phrase, StringComparison.Ordinal); // the whole phrase is the actor (an article may be left out)
    }

    [Fact]
    public void UnknownPhraseMatchesNothing()
    {
        Assert.Empty(Lookup.Lookup("the quick brown fox", new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void LowerCaseCountryNamesAreNotActors()
    {
        // "turkey" the bird, "chad" the name: names are capitalised in news text.
        Assert.Empty(Lookup.Lookup("roast turkey", null));
    }
}
