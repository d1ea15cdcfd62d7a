using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley recode</c>.</summary>
public sealed class RecodeSettings : StoreSettings
{
    [CommandOption("--all")]
    [Description("Re-code every document, not only those coded with another coding version.")]
    public bool All { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Documents per committed transaction (default 200).")]
    [DefaultValue(200)]
    public int BatchSize { get; init; } = 200;

    [CommandOption("--dict <DIR>")]
    [Description("A directory of dictionaries: actor and agent dictionaries add to the built-in ones; verb dictionaries replace the built-in event lexicon.")]
    public string? DictionaryDirectory { get; init; }

    [CommandOption("--verbs <FILE>")]
    [Description("A verb dictionary (TABARI .verbs, PETRARCH-2 CAMEO*.txt / *.verbs.txt, or Parley *.patterns) to use instead of the built-in event lexicon.")]
    public string? VerbsFile { get; init; }

    [CommandOption("--actors <FILE>")]
    [Description("An actor or agent dictionary file to import; repeatable.")]
    public string[] Actors { get; init; } = [];
}
