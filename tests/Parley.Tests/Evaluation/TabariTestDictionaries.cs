using Parley.Evaluation;
using Parley.Events;

namespace Parley.Tests.Evaluation;

/// <summary>Small dictionaries in TABARI's format, written for a test into its own folder, and the suite's coder built from them.</summary>
internal static class TabariTestDictionaries
{
    /// <summary>Writes <paramref name="lines"/> as the file <paramref name="name"/> in <paramref name="folder"/>; returns its path.</summary>
    public static string Write(string folder, string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>
    /// Writes <c>NAME.actors</c> and <c>NAME.verbs</c> and builds the TABARI suite's coder from them, with no agent
    /// conversion and no DEFAULT source or target.
    /// </summary>
    public static DocumentCoder Coder(string folder, string name, string[] actors, string[] verbs) =>
        Coder(Write(folder, name + ".actors", actors), Write(folder, name + ".verbs", verbs));

    /// <summary>The TABARI suite's coder of an actors file and a verbs file already written.</summary>
    public static DocumentCoder Coder(string actorsFile, string verbsFile) =>
        SuiteDictionaries.Build([actorsFile], verbsFile, SuiteDictionaries.VerbFormat.Tabari).Coder.WithTabariOptions(false, null, false, false);
}
