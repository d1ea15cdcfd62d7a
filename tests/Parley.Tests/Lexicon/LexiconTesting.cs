using Parley.Coding;
using Parley.Lexicon;
using Parley.Ontology;
using Parley.Text;

namespace Parley.Tests.Lexicon;

/// <summary>Builds lexicons from pattern text and codes sentences with them, writing each event as "CODE SRC>TGT".</summary>
internal static class LexiconTesting
{
    public static LexiconSource Read(string text, string file = "test.txt")
    {
        var source = new LexiconSource();
        PatternFile.Read(source, text, file, Codebook.Default);
        return source;
    }

    public static PatternLexicon Compile(string text)
    {
        var source = Read(text);
        source.ThrowIfErrors();
        return PatternLexicon.Compile(source, Inflector.Default);
    }

    /// <summary>The events of the first sentence, "CODE SRC>TGT" (target "-" when none), joined by "; ".</summary>
    public static string Code(PatternLexicon lexicon, string sentence, Func<AnalyzedText, CoarseTag[]>? tags = null)
    {
        var text = AnalyzedText.Analyze(sentence);
        var coder = new SentenceCoder(ActorDictionary.Default, lexicon);
        var found = coder.Code(text, text.Sentences[0], null, tags is null ? default : tags(text));
        return string.Join("; ", found.Select(e => $"{e.Code.Code.Value} {e.Source.Code}>{e.Target?.Code ?? "-"}"));
    }
}
