using Parley.Text;

namespace Parley.Tests.Text;

/// <summary>
/// Sentence splitting on tricky news text: abbreviations, initials, quotations, numbers, datelines,
/// ellipses and lists. Every case was written for these tests; none is taken from a corpus.
/// </summary>
public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // 1. Plain sentences.
        { "Russia attacked. Ukraine responded.", ["Russia attacked.", "Ukraine responded."] },
        // 2. Question and exclamation.
        { "Will talks resume? Nobody knows! Officials are silent.", ["Will talks resume?", "Nobody knows!", "Officials are silent."] },
        // 3. Military title never ends a sentence.
        { "Gen. Valery Gerasimov met Col. Ivanov in Moscow.", ["Gen. Valery Gerasimov met Col. Ivanov in Moscow."] },
        // 4. Senator and representative.
        { "Sen. Lindsey Graham and Rep. Adam Schiff disagreed.", ["Sen. Lindsey Graham and Rep. Adam Schiff disagreed."] },
        // 5. Dotted acronym inside a sentence.
        { "The U.S. State Department condemned the strike.", ["The U.S. State Department condemned the strike."] },
        // 6. Dotted acronym at the end of a sentence, next sentence starts with an opener.
        { "Sanctions were imposed by the U.S. The Kremlin responded angrily.", ["Sanctions were imposed by the U.S.", "The Kremlin responded angrily."] },
        // 7. Dotted acronym at the end, next sentence starts with a name: kept together (the safer error).
        { "He arrived in the U.K. Johnson greeted him.", ["He arrived in the U.K. Johnson greeted him."] },
        // 8. Month abbreviation followed by a day.
        { "The ceasefire began on Jan. 5 and collapsed on Feb. 2.", ["The ceasefire began on Jan. 5 and collapsed on Feb. 2."] },
        // 9. No. before a number.
        { "He spoke at No. 10 Downing Street. Reporters waited outside.", ["He spoke at No. 10 Downing Street.", "Reporters waited outside."] },
        // 10. "no." as a word at the end of a sentence.
        { "Asked if he would resign, he said no. The meeting ended.", ["Asked if he would resign, he said no.", "The meeting ended."] },
        // 11. Middle initial.
        { "George W. Bush met Vladimir Putin in Ljubljana.", ["George W. Bush met Vladimir Putin in Ljubljana."] },
        // 12. Two initials.
        { "J. R. Smith of the U.N. mission spoke first.", ["J. R. Smith of the U.N. mission spoke first."] },
        // 13. Decimal numbers.
        { "Growth fell to 2.5 percent. Inflation rose to 7.1 percent.", ["Growth fell to 2.5 percent.", "Inflation rose to 7.1 percent."] },
        // 14. Money with thousands separators.
        { "The IMF approved $1,200.5 million in aid. Kyiv welcomed it.", ["The IMF approved $1,200.5 million in aid.", "Kyiv welcomed it."] },
        // 15. Quotation with the speaker after it.
        { "\"We will not retreat,\" the minister said. Troops remained.", ["\"We will not retreat,\" the minister said.", "Troops remained."] },
        // 16. Question inside a quotation followed by lower case.
        { "\"Why now?\" he asked. Nobody answered.", ["\"Why now?\" he asked.", "Nobody answered."] },
        // 17. Exclamation inside a quotation followed by lower case.
        { "\"Enough!\" shouted the protesters outside parliament.", ["\"Enough!\" shouted the protesters outside parliament."] },
        // 18. Two sentences inside one quotation.
        { "He said: \"We will fight. We will win.\" Then he left.", ["He said: \"We will fight.", "We will win.\"", "Then he left."] },
        // 19. Closing quote after the period belongs to the sentence.
        { "She called it \"a provocation.\" Moscow denied it.", ["She called it \"a provocation.\"", "Moscow denied it."] },
        // 20. Parenthesis after the period.
        { "The vote was postponed (again.) Lawmakers left.", ["The vote was postponed (again.)", "Lawmakers left."] },
        // 21. Ellipsis inside a sentence.
        { "The talks ... were not productive, he said.", ["The talks ... were not productive, he said."] },
        // 22. Ellipsis at the end followed by a capital.
        { "They waited and waited... Nothing happened.", ["They waited and waited...", "Nothing happened."] },
        // 23. Company abbreviation in the middle.
        { "Gazprom Neft Inc. said exports to China rose.", ["Gazprom Neft Inc. said exports to China rose."] },
        // 24. Company abbreviation at the end, next starts with an opener.
        { "The contract went to Rosatom Corp. The deal is worth billions.", ["The contract went to Rosatom Corp.", "The deal is worth billions."] },
        // 25. Jr. in a name.
        { "Martin Luther King Jr. spoke in Washington.", ["Martin Luther King Jr. spoke in Washington."] },
        // 26. Dateline with a city in capitals.
        { "MOSCOW, Oct 31 (Reuters) - Russia and Armenia signed an accord. It takes effect in May.", ["MOSCOW, Oct 31 (Reuters) - Russia and Armenia signed an accord.", "It takes effect in May."] },
        // 27. Paragraph break always ends a sentence, even without punctuation.
        { "Armenia and Azerbaijan sign peace framework\n\nWASHINGTON - The leaders met on Friday.", ["Armenia and Azerbaijan sign peace framework", "WASHINGTON - The leaders met on Friday."] },
        // 28. A sentence starting with a number.
        { "Troops withdrew. 300 soldiers remained near the border.", ["Troops withdrew.", "300 soldiers remained near the border."] },
        // 29. Times with a.m. mid-sentence.
        { "The strike began at 4 a.m. local time on Tuesday.", ["The strike began at 4 a.m. local time on Tuesday."] },
        // 30. Prof. and Dr.
        { "Prof. Ivanova and Dr. Smith signed the letter.", ["Prof. Ivanova and Dr. Smith signed the letter."] },
        // 31. St. as Saint.
        { "Leaders met in St. Petersburg on Friday.", ["Leaders met in St. Petersburg on Friday."] },
        // 32. e.g. and i.e.
        { "Some states, e.g. Kazakhstan, abstained.", ["Some states, e.g. Kazakhstan, abstained."] },
        // 33. Lower-case continuation after a period-less abbreviation of a company.
        { "Sales by Acme Ltd. fell sharply.", ["Sales by Acme Ltd. fell sharply."] },
        // 34. URL with dots.
        { "The statement is at www.mid.ru/en. It was issued Monday.", ["The statement is at www.mid.ru/en.", "It was issued Monday."] },
        // 35. Colon does not end a sentence.
        { "The ministry said: troops will stay. Diplomats disagreed.", ["The ministry said: troops will stay.", "Diplomats disagreed."] },
        // 36. Semicolon does not end a sentence.
        { "Baku accused Yerevan; Yerevan denied it.", ["Baku accused Yerevan; Yerevan denied it."] },
        // 37. Sentence ending with a closing quote and a question mark.
        { "Did he say \"never\"? The spokesman declined to comment.", ["Did he say \"never\"?", "The spokesman declined to comment."] },
        // 38. Single-quoted speech (British style).
        { "'We are ready,' Pashinyan said. Aliyev did not reply.", ["'We are ready,' Pashinyan said.", "Aliyev did not reply."] },
        // 39. Multiple spaces and line-wrapped prose.
        { "Russia   and   China\nheld drills. They ended\non Sunday.", ["Russia and China held drills.", "They ended on Sunday."] },
        // 40. A list of items without terminal punctuation, one per paragraph.
        { "Key points:\n\nRussia withdraws troops\n\nArmenia opens borders", ["Key points:", "Russia withdraws troops", "Armenia opens borders"] },
        // 41. Abbreviated US state after a city.
        { "He spoke in Austin, Tex. The crowd cheered.", ["He spoke in Austin, Tex.", "The crowd cheered."] },
        // 42. Mr. and Mrs.
        { "Mr. Erdogan and Mrs. Merkel talked by phone.", ["Mr. Erdogan and Mrs. Merkel talked by phone."] },
        // 43. Fig. reference in a report.
        { "As Fig. 3 shows, attacks rose.", ["As Fig. 3 shows, attacks rose."] },
        // 44. Sentence ending in a year.
        { "The war began in 2022. It has not ended.", ["The war began in 2022.", "It has not ended."] },
        // 45. Percent sign at the end.
        { "Turnout was 61%. Results come Monday.", ["Turnout was 61%.", "Results come Monday."] },
        // 46. Interrobang-like sequence.
        { "Really?! The vote passed.", ["Really?!", "The vote passed."] },
        // 47. Non-breaking spaces and curly quotes are normalised.
        { "\u201CWe agree,\u201D\u00A0said Lavrov.\u00A0Blinken nodded.", ["\"We agree,\" said Lavrov.", "Blinken nodded."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitsNewsTextIntoSentences(string text, string[] expected)
    {
        // Given raw text; When it is analysed; Then the sentences are the expected ones.
        var analyzed = AnalyzedText.Analyze(text);
        var sentences = Enumerable.Range(0, analyzed.Sentences.Count).Select(analyzed.SentenceText).ToArray();
        Assert.Equal(expected, sentences);
    }

    [Fact]
    public void VeryLongRunOnTextIsCutIntoBoundedSentences()
    {
        var text = string.Join(", ", Enumerable.Repeat("troops moved", 400)) + ".";
        var analyzed = AnalyzedText.Analyze(text);
        Assert.All(analyzed.Sentences, s => Assert.True(s.TokenCount <= SentenceSplitter.MaxTokensPerSentence));
        Assert.Equal(analyzed.Tokens.Count, analyzed.Sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void EmptyTextHasNoSentences()
    {
        Assert.Empty(AnalyzedText.Analyze("   \n\n  ").Sentences);
    }
}
