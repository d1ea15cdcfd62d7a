namespace Parley.Text.Readers;

/// <summary>
/// Expands the paths named on a command line into the files to read: files as given, directories walked
/// recursively (sorted, so that output order is stable) keeping the files whose extension Parley reads.
/// What is left out is reported, never dropped silently.
/// </summary>
public static class InputPaths
{
    /// <summary>
    /// The files to read; a problem for each path that is missing or a directory without input files; a notice
    /// for each directory whose other files were left out.
    /// </summary>
    public static ExpandedInputs Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var problems = new List<ReadProblem>();
        var notices = new List<ReadProblem>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                ExpandDirectory(path, files, problems, notices);
            }
            else
            {
                problems.Add(new ReadProblem(path, "no such file or directory."));
            }
        }

        return new ExpandedInputs(files, problems, notices);
    }

    private static void ExpandDirectory(string directory, List<string> files, List<ReadProblem> problems, List<ReadProblem> notices)
    {
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var found = 0;
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFiles(directory, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = false,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            }).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(directory, $"cannot list the directory ({e.Message})."));
            return;
        }

        foreach (var file in entries)
        {
            if (Path.GetFileName(file).StartsWith('.'))
            {
                continue; // hidden files (.DS_Store, editor swap files) are not input
            }

            if (DocumentReader.FormatOf(file) is null)
            {
                var extension = Path.GetExtension(file).ToLowerInvariant();
                var key = extension.Length == 0 ? "(none)" : extension;
                skipped[key] = skipped.GetValueOrDefault(key) + 1;
                continue;
            }

            files.Add(file);
            found++;
        }

        if (skipped.Count > 0)
        {
            var list = string.Join(", ", skipped.Select(s => $"{s.Key} ({s.Value})"));
            notices.Add(new ReadProblem(directory, $"skipped {skipped.Values.Sum()} file(s) with extensions Parley does not read: {list}. Parley reads .txt, .html/.htm and .jsonl."));
        }

        if (found == 0)
        {
            problems.Add(new ReadProblem(directory, "the directory has no .txt, .html/.htm or .jsonl files."));
        }
    }
}
