using Parley.Data;
using Parley.Tagging;
using Parley.Text;

namespace Parley.Tests.Tagging;

/// <summary>
/// Noun/verb decisions that matter for event coding, on news-style sentences written for these tests
/// (TestData/news-sentences.txt; not from any corpus): "Talks … resumed" vs "Armenia talks with …".
/// </summary>
public sealed class NewsSentenceTests
{
    private static readonly IReadOnlyList<DataBlock> Blocks = BlockFile.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "news-sentences.txt")),
        "news-sentences.txt");

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        foreach (var block in Blocks)
        {
            data.Add(block.Location);
        }

        return data;
    }

    [Fact]
    public void TheFileHoldsAtLeastSixtySentences() => Assert.True(Blocks.Count >= 60, $"{Blocks.Count} sentences");

    [Theory]
    [MemberData(nameof(Sentences))]
    public void NounsAndVerbsAreTaggedAsInTheFile(string location)
    {
        // Given a sentence and its expected decisions
        var block = Blocks.Single(b => b.Location == location);
        var text = AnalyzedText.Analyze(block.Value);

        // When it is tagged
        var tags = PosTagger.Default.Tag(text);

        // Then every asserted token has the expected class or tag
        var tagged = string.Join(' ', Enumerable.Range(0, tags.Length).Select(i => $"{text.TokenText(i)}/{tags[i].ToPennName()}"));
        foreach (var field in block.Fields)
        {
            switch (field.Name)
            {
                case "noun":
                    Assert.True(tags[Find(text, field.Value)].IsNoun(), $"{location}: '{field.Value}' should be a noun in: {tagged}");
                    break;
                case "verb":
                    Assert.True(tags[Find(text, field.Value)].IsVerb(), $"{location}: '{field.Value}' should be a verb in: {tagged}");
                    break;
                case "tag":
                    var parts = field.Value.Split(' ');
                    Assert.True(tags[Find(text, parts[0])].ToPennName() == parts[1], $"{location}: '{parts[0]}' should be {parts[1]} in: {tagged}");
                    break;
                default:
                    Assert.Fail($"{location}: unknown assertion '{field.Name}'.");
                    break;
            }
        }
    }

    // "word" is the first token with that text; "word#2" the second.
    private static int Find(AnalyzedText text, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var word = hash < 0 ? reference : reference[..hash];
        var occurrence = hash < 0 ? 1 : int.Parse(reference[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (text.TokenText(i).SequenceEqual(word) && --occurrence == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{reference}' is not a token of the sentence.");
    }
}
