using Parley.Events;
using Parley.Lexicon;
using Parley.Lexicon.Import;
using Parley.Lexicon.Places;
using Parley.Ontology;
using Parley.Tagging;

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
        // The built-in tagger, gazetteer and lexicon load from embedded data independently of the actors: load them on
        // other cores meanwhile (each is a thread-safe Lazy, so the first user simply waits for it).
        var background = new List<Task>
        {
            Task.Run(() => PosTagger.Default),
            Task.Run(() => Gazetteer.Default),
        };
        if (settings.DictionaryDirectory is null && settings.VerbsFile is null)
        {
            background.Add(Task.Run(() => PatternLexicon.Default));
        }

        try
        {
            return TryLoad(settings, actorFiles, stderr, out actors, out patterns, out exitCode);
        }
        finally
        {
            foreach (var task in background)
            {
                task.GetAwaiter().GetResult();
            }
        }
    }

    private static bool TryLoad(DictionarySettings settings, IReadOnlyList<string> actorFiles, TextWriter stderr, out ActorDictionary actors, out PatternLexicon patterns, out int exitCode)
    {
        patterns = null!; // set on success; callers use it only then (touching the built-in here would wait for its load)
        exitCode = ParleyApp.Success;
        if (!DictionaryOptions.TryLoadActors(settings.DictionaryDirectory, actorFiles, stderr, out actors))
        {
            exitCode = ParleyApp.UsageError;
            return false;
        }

        if (settings.DictionaryDirectory is null && settings.VerbsFile is null)
        {
            // The built-in lexicon: compiled once (its sources are linted in CI; reading them a second time here only
            // to check them doubled the load time).
            patterns = PatternLexicon.Default;
            return true;
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
