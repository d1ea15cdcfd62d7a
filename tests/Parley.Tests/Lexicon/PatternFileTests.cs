using Parley.Lexicon;

namespace Parley.Tests.Lexicon;

/// <summary>Reading the pattern language: what is accepted, and every error with its file and line.</summary>
public sealed class PatternFileTests
{
    [Fact]
    public void EntriesPatternsAndClassesAreRead()
    {
        var source = LexiconTesting.Read("""
            # comment
            $AID = aid | humanitarian aid
                | relief
            verb send             # a verb entry
                070  send $AID to TARGET
                073  send_relief
            noun crisis | crises
                ---  crisis
            """);
        Assert.Empty(source.Diagnostics);
        Assert.Equal(2, source.EntryCount);
        Assert.Equal(3, source.Patterns.Count);
        Assert.Equal(3, source.Classes["$AID"].Members.Count);
        var send = source.Patterns[0];
        Assert.Equal(EntryKind.Verb, send.Kind);
        Assert.Equal("070", send.Code!.Code.Value);
        Assert.Equal([PatternElementKind.Class, PatternElementKind.Word, PatternElementKind.Target], send.After.Select(e => e.Kind));
        Assert.Equal("test.txt:5", send.Id);
        Assert.True(source.Patterns[1].After[0].Adjacent);
        Assert.Null(source.Patterns[2].Code);
        Assert.Equal(["crises"], source.ExtraForms[(EntryKind.Noun, "crisis")]);
    }

    [Fact]
    public void ElementsBeforeTheHeadAreKeptInTextOrder()
    {
        var pattern = LexiconTesting.Read("noun mediation\n    045  with_the mediation of SOURCE\n").Patterns.Single();
        Assert.Equal(["with", "the"], pattern.Before.Select(e => e.Word));
        // '_' binds "with" to "the"; "the" is not joined to the head, so modifiers may stand between them.
        Assert.Equal([true, false], pattern.Before.Select(e => e.Adjacent));
        Assert.Equal([PatternElementKind.Word, PatternElementKind.Source], pattern.After.Select(e => e.Kind));
    }

    [Fact]
    public void ReciprocalCodesAreRead()
    {
        var pattern = LexiconTesting.Read("verb visit\n    042:043 visit TARGET\n").Patterns.Single();
        Assert.Equal("042", pattern.Code!.Code.Value);
        Assert.Equal("043", pattern.ReciprocalCode!.Code.Value);
        Assert.Equal("042:043", pattern.CodeText);
    }

    [Theory]
    [InlineData("verb praise\n    999  praise\n", 2, "unknown code '999'")]
    [InlineData("verb praise\n    hello praise\n", 2, "is not a code")]
    [InlineData("    051  praise\n", 1, "outside an entry")]
    [InlineData("verb praise\n    051  commend TARGET\n", 2, "does not contain its head 'praise'")]
    [InlineData("verb praise\n    051  praise $NOPE\n", 2, "$NOPE, which is not defined")]
    [InlineData("verb praise\n    051  praise Target\n", 2, "'Target' is not a pattern element")]
    [InlineData("verb praise\n    051  praise TARGET and TARGET\n", 2, "more than one SOURCE, TARGET or COMPOUND")]
    [InlineData("verb praise\n    051  praise ...\n", 2, "'...' at the start or end")]
    [InlineData("verb praise\n    ---:051 praise\n", 2, "null pattern")]
    [InlineData("adverb praise\n", 1, "expected an entry")]
    [InlineData("verb two words\n", 1, "expected an entry")]
    [InlineData("$lower = a | b\n", 1, "NAME in capitals")]
    [InlineData("$A = a\n$A = b\n", 2, "defined twice")]
    [InlineData("verb praise\n    051  praise a__b\n", 2, "empty word around '_'")]
    public void ErrorsNameTheLineAndTheProblem(string text, int line, string message)
    {
        var diagnostic = Assert.Single(LexiconTesting.Read(text, "x.txt").Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(line, diagnostic.Line);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith($"x.txt:{line}: error: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowIfErrorsNamesTheFirstErrorAndCountsTheRest()
    {
        var source = LexiconTesting.Read("verb a\n    999 a\n    998 a\n", "x.txt");
        var exception = Assert.Throws<Parley.Data.InvalidDataFileException>(source.ThrowIfErrors);
        Assert.StartsWith("x.txt:2: error: references unknown code '999'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("(and 1 more error(s))", exception.Message, StringComparison.Ordinal);
    }
}
