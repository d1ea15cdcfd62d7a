using Parley.Events;
using Parley.Lexicon;
using Parley.Lexicon.Import;
using Parley.Ontology;

namespace Parley.Cli.Commands;

/// <summary>
/// Builds the coder a command codes with from its dictionary options: the built-in actors and lexicon, plus
/// imported actor and agent dictionaries (they add to the built-in ones) and verb dictionaries (they replace
/// the built-in lexicon). Reports on stderr what each import read and skipped.
/// </summary>
internal static class CodingSetup
{
    public static bool TryCreateCoder(DictionarySettings settings, IReadOnlyList<string> actorFiles, TextWriter stderr, out DocumentCoder coder, out int exitCode)
    {
        coder = DocumentCoder.CreateDefault();
        if (!TryLoadDictionaries(settings, actorFiles, stderr, out var actors, out var patterns, out exitCode))
        {
            return false;
        }

        coder = new DocumentCoder(Codebook.Default, actors, patterns);
        return true;
    }

    /// <summary>Loads the actor dictionary and the event lexicon <see cref="TryCreateCoder"/> codes with.</summary>
    public static bool TryLoadDictionaries(DictionarySettings settings, IReadOnlyList<string> actorFiles, TextWriter stderr, out ActorDictionary actors, out PatternLexicon patterns, out int exitCode)
    {
        patterns = PatternLexicon.Default;
        exitCode = ParleyApp.Success;
        if (!DictionaryOptions.TryLoadActors(settings.DictionaryDirectory, actorFiles, stderr, out actors))
        {
            exitCode = ParleyApp.UsageError;
            return false;
        }

        LoadedLexicon loaded;
        try
        {
            loaded = LoadedLexicon.Load(settings, Codebook.Default);
        }
        catch (IOException e)
        {
            stderr.WriteLine($"parley: {e.Message}");
            exitCode = ParleyApp.DictionaryError;
            return false;
        }

        if (loaded.Source.HasErrors)
        {
            foreach (var error in loaded.Source.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                stderr.WriteLine($"parley: {error}");
            }

            exitCode = ParleyApp.DictionaryError;
            return false;
        }

        foreach (var import in loaded.Imports)
        {
            stderr.WriteLine($"parley: {import.File}: {import.Format} verb dictionary: {import.PatternsImported} of {import.PatternLines} pattern lines imported"
                + (import.PatternsSkipped > 0 ? "; skipped lines and reasons: parley dict check --skipped --verbs FILE" : string.Empty) + ".");
        }

        patterns = loaded.IsBuiltIn ? PatternLexicon.Default : PatternLexicon.Compile(loaded.Source, Inflector.Default);
        return true;
    }
}
