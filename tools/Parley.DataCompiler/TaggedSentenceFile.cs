using System.Text;
using Parley.Tagging;
using Parley.Tagging.Corpora;

namespace Parley.DataCompiler;

/// <summary>Reads a file of hand-tagged sentences: one per line, "word/TAG" tokens with Penn tags; '#' starts a comment line.</summary>
internal static class TaggedSentenceFile
{
    public static List<TaggedSentence> Read(string path)
    {
        var sentences = new List<TaggedSentence>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var words = new List<string>();
            var tags = new List<PosTag>();
            foreach (var item in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var slash = item.LastIndexOf('/');
                if (slash <= 0 || !PosTags.TryParsePennName(item.AsSpan(slash + 1), out var tag))
                {
                    throw new CompilerInputException($"{path}:{lineNumber}: '{item}' is not 'word/TAG' with a Penn tag of PosTag.");
                }

                words.Add(item[..slash]);
                tags.Add(tag);
            }

            sentences.Add(new TaggedSentence(words, tags, $"{Path.GetFileName(path)}:{lineNumber}"));
        }

        return sentences;
    }
}
