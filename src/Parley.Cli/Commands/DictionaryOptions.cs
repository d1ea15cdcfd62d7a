using Parley.Lexicon;
using Parley.Lexicon.Import;

namespace Parley.Cli.Commands;

/// <summary>Loads the dictionaries named by --dict and --actors, reporting what each import read and skipped.</summary>
internal static class DictionaryOptions
{
    public static bool TryLoadActors(string? dict, IReadOnlyList<string> actorFiles, TextWriter stderr, out ActorDictionary dictionary)
    {
        try
        {
            var (loaded, reports) = ActorDictionaryLoader.Load(dict, actorFiles);
            foreach (var report in reports)
            {
                stderr.WriteLine($"parley: imported {report.File}: {report.Records} record(s), {report.Phrases} phrase(s), {report.Problems.Count} line(s) skipped.");
                foreach (var problem in report.Problems)
                {
                    stderr.WriteLine($"parley:   {problem}");
                }
            }

            dictionary = loaded;
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"parley: {e.Message}");
            dictionary = ActorDictionary.Default;
            return false;
        }
    }
}
