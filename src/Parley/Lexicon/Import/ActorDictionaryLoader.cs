namespace Parley.Lexicon.Import;

/// <summary>
/// Builds the actor dictionary a run codes with: the built-in knowledge base plus imported files — the
/// actor and agent dictionaries found in <c>--dict DIR</c> and the files named with <c>--actors FILE</c>.
/// Imported entries win over built-in ones with the same phrase.
/// </summary>
public static class ActorDictionaryLoader
{
    /// <summary>The actor and agent files of a dictionary folder, in a stable order (agents after actors).</summary>
    public static IReadOnlyList<string> FilesIn(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).ToList();
        return [.. files.Where(ActorDictionaryImporter.IsActorsFile), .. files.Where(ActorDictionaryImporter.IsAgentsFile)];
    }

    /// <summary>The built-in dictionary when nothing is imported; otherwise a new one with the imports applied.</summary>
    /// <exception cref="FileNotFoundException">A named file or folder does not exist.</exception>
    public static (ActorDictionary Dictionary, IReadOnlyList<ActorImportReport> Reports) Load(string? dictDirectory, IReadOnlyList<string> actorFiles)
    {
        ArgumentNullException.ThrowIfNull(actorFiles);
        var files = new List<string>();
        if (dictDirectory is not null)
        {
            if (!Directory.Exists(dictDirectory))
            {
                throw new FileNotFoundException($"--dict {dictDirectory}: no such directory.", dictDirectory);
            }

            files.AddRange(FilesIn(dictDirectory));
        }

        foreach (var file in actorFiles)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"--actors {file}: no such file.", file);
            }

            files.Add(file);
        }

        if (files.Count == 0)
        {
            return (ActorDictionary.Default, []);
        }

        var dictionary = ActorDictionary.FromKnowledgeBase(Actors.ActorKnowledgeBase.Default);
        var reports = files.Select(f => ActorDictionaryImporter.Import(f, dictionary)).ToList();
        dictionary.NoteImports(files.Select(f => $"{Path.GetFileName(f)} sha256={Sha256(f)}"));
        return (dictionary, reports);
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
