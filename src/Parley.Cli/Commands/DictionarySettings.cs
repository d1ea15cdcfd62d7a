using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// Options that choose the dictionaries, shared by every command that codes or inspects them. Actor and agent
/// dictionaries in the folder add to the built-in actors; verb dictionaries replace the built-in event lexicon:
/// <c>*.verbs</c> (TABARI), <c>CAMEO*.txt</c> and <c>*.verbs.txt</c> (PETRARCH-2), <c>*.patterns</c> (Parley's pattern language).
/// </summary>
public class DictionarySettings : CommandSettings
{
    [CommandOption("--dict <DIR>")]
    [Description("A directory of dictionaries: actor and agent dictionaries (*.actors, *.agents, *actors*.txt, *agents*.txt) add to the built-in ones; verb dictionaries (*.verbs, CAMEO*.txt, *.verbs.txt, *.patterns) replace the built-in event lexicon.")]
    public string? DictionaryDirectory { get; init; }

    [CommandOption("--verbs <FILE>")]
    [Description("A verb dictionary (TABARI .verbs, PETRARCH-2 CAMEO*.txt / *.verbs.txt, or Parley *.patterns) to use instead of the built-in event lexicon.")]
    public string? VerbsFile { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (DictionaryDirectory is not null && !Directory.Exists(DictionaryDirectory))
        {
            return ValidationResult.Error($"--dict '{DictionaryDirectory}' is not a directory.");
        }

        if (VerbsFile is not null && !File.Exists(VerbsFile))
        {
            return ValidationResult.Error($"--verbs '{VerbsFile}' does not exist.");
        }

        return ValidationResult.Success();
    }
}
