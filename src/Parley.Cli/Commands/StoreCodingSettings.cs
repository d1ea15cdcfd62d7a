using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of the store commands that code (<c>ingest</c>, <c>recode</c>): the dictionaries, as on <c>parley code</c>.</summary>
public class StoreCodingSettings : StoreSettings
{
    [CommandOption("--dict <DIR>")]
    [Description("A directory of dictionaries: actor and agent dictionaries add to the built-in ones; verb dictionaries replace the built-in event lexicon.")]
    public string? DictionaryDirectory { get; init; }

    [CommandOption("--verbs <FILE>")]
    [Description("A verb dictionary (TABARI .verbs, PETRARCH-2 CAMEO*.txt / *.verbs.txt, or Parley *.patterns) to use instead of the built-in event lexicon.")]
    public string? VerbsFile { get; init; }

    [CommandOption("--actors <FILE>")]
    [Description("An actor or agent dictionary file to import; repeatable.")]
    public string[] Actors { get; init; } = [];

    /// <summary>The dictionary options in the form the coder setup takes.</summary>
    internal DictionarySettings Dictionaries => new() { DictionaryDirectory = DictionaryDirectory, VerbsFile = VerbsFile };
}
