using Parley.Text;

namespace Parley.Tests.Text;

/// <summary>Scraped pages put linked names and fragments on lines of their own; real paragraph breaks must stay.</summary>
public sealed class ParagraphRepairTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // A linked name on its own line in the middle of a sentence.
        {
            "The talks between the President of Azerbaijan\n\nIlham Aliyev\n\nand the Prime Minister of Armenia\n\nNikol Pashinyan\n\nended in Brussels.",
            ["The talks between the President of Azerbaijan Ilham Aliyev and the Prime Minister of Armenia Nikol Pashinyan ended in Brussels."]
        },
        // Single line breaks around a link.
        {
            "Foreign Minister\nSergey Lavrov\nsaid the CSTO would send observers.",
            ["Foreign Minister Sergey Lavrov said the CSTO would send observers."]
        },
        // A fragment ending in a preposition continues on the next line.
        {
            "The summit was hosted by\n\nKazakhstan\n\nin Astana.",
            ["The summit was hosted by Kazakhstan in Astana."]
        },
        // A link followed by punctuation on its own line.
        {
            "The statement was published by\n\nTASS\n\n.\n\nIt gave no details.",
            ["The statement was published by TASS.", "It gave no details."]
        },
        // A comma continuation.
        {
            "Armenia's prime minister\n\nNikol Pashinyan\n\n, who arrived on Monday, met the CSTO chief.",
            ["Armenia's prime minister Nikol Pashinyan, who arrived on Monday, met the CSTO chief."]
        },
        // Real paragraphs stay apart.
        {
            "Russia and Belarus held joint drills.\n\nNATO said it was monitoring the exercises.",
            ["Russia and Belarus held joint drills.", "NATO said it was monitoring the exercises."]
        },
        // A headline without punctuation stays apart from the body.
        {
            "CSTO leaders meet in Yerevan\n\nYEREVAN - Leaders of the CSTO met on Wednesday.",
            ["CSTO leaders meet in Yerevan", "YEREVAN - Leaders of the CSTO met on Wednesday."]
        },
        // A byline stays apart.
        {
            "By Jane Doe\n\nArmenia recalled its envoy on Friday.",
            ["By Jane Doe", "Armenia recalled its envoy on Friday."]
        },
        // A photo caption without punctuation stays apart from the next paragraph.
        {
            "Photo: Reuters\n\nTurkey offered to mediate.",
            ["Photo: Reuters", "Turkey offered to mediate."]
        },
        // Windows line endings and trailing spaces are handled the same.
        {
            "Talks with\r\n\r\n  Iran  \r\n\r\nresumed in Vienna.",
            ["Talks with Iran resumed in Vienna."]
        },
        // Hard-wrapped wire copy joins lines of one paragraph.
        {
            "Azerbaijan and Armenia agreed on Tuesday to continue talks on a peace\ntreaty, officials said, after a meeting of their foreign ministers in\nWashington hosted by the U.S. secretary of state.",
            ["Azerbaijan and Armenia agreed on Tuesday to continue talks on a peace treaty, officials said, after a meeting of their foreign ministers in Washington hosted by the U.S. secretary of state."]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RepairsScrapedLineBreaksAndKeepsRealParagraphs(string text, string[] expected)
    {
        var analyzed = AnalyzedText.Analyze(text);
        var sentences = Enumerable.Range(0, analyzed.Sentences.Count).Select(analyzed.SentenceText).ToArray();
        Assert.Equal(expected, sentences);
    }

    [Fact]
    public void RepairedTextSeparatesParagraphsWithOneBlankLineOnly()
    {
        var repaired = ParagraphRepair.Repair("One.\n\n\n\nTwo\nthree.\n\n");
        Assert.Equal("One.\n\nTwo three.", repaired);
    }
}
