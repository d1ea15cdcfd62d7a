namespace Parley.Data;

/// <summary>
/// Parses Parley's reviewable data files: blocks that start with a header line <c>kind: value</c> at column 0,
/// followed by field lines <c>  name: value</c> indented by two spaces, ended by a blank line. '#' starts a
/// comment at the start of a line or after white space. See data/actors/FORMAT.md.
/// </summary>
public static class BlockFile
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="fileName"/> names the file in error messages.</summary>
    /// <exception cref="InvalidDataFileException">A line is neither a header, a field, a comment nor blank.</exception>
    public static IReadOnlyList<DataBlock> Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<DataBlock>();
        DataBlock? current = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = StripComment(rawLine.TrimEnd('\r'));
            if (line.Trim().Length == 0)
            {
                if (rawLine.Trim().Length == 0)
                {
                    current = null; // a blank line ends the block; a comment line does not
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidDataFileException($"{fileName}:{lineNumber}: expected 'name: value', got '{rawLine.Trim()}'.");
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (!char.IsWhiteSpace(line[0]))
            {
                current = new DataBlock(name, value, fileName, lineNumber);
                blocks.Add(current);
            }
            else if (current is null)
            {
                throw new InvalidDataFileException($"{fileName}:{lineNumber}: field '{name}' stands outside a block (add a header line above it).");
            }
            else
            {
                current.Add(name, value, lineNumber);
            }
        }

        return blocks;
    }

    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }
}
