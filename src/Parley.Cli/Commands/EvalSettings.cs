using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options of <c>parley eval</c>.</summary>
public sealed class EvalSettings : CommandSettings
{
    /// <summary>The suites <c>--suite</c> accepts.</summary>
    public static readonly IReadOnlyList<string> SuiteNames = ["tabari", "petrarch", "plover", "cameo-examples"];

    [CommandArgument(0, "[PATH]")]
    [Description("With --suite: the suite's folder (tabari: the folder of Validate.project) or file (petrarch: PETR.UnitTest.records.xml; plover: PLOVER_GSR_CAMEO.txt; cameo-examples: icews_cameo-codes.csv).")]
    public string? Path { get; init; }

    [CommandOption("--suite <NAME>")]
    [Description("The suite PATH holds: tabari, petrarch, plover or cameo-examples.")]
    public string? Suite { get; init; }

    [CommandOption("--gold <FILE>")]
    [Description("A gold file in Parley's format: JSON Lines {\"id\",\"text\",\"date\",\"events\":[[{\"source\",\"target\",\"cameo\"}]]}.")]
    public string? Gold { get; init; }

    [CommandOption("--json")]
    [Description("Print only the summary object as JSON.")]
    public bool Json { get; init; }

    [CommandOption("--asserted-only")]
    [Description("Score only asserted events in the peers' suites too (tabari, petrarch), whose coders have no modality: by default an event Parley labels future, hypothetical or desired counts there, as those coders code it.")]
    public bool AssertedOnly { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Gold is not null)
        {
            return Suite is null && Path is null
                ? ValidationResult.Success()
                : ValidationResult.Error("--gold FILE takes no --suite and no PATH.");
        }

        if (Suite is null)
        {
            return ValidationResult.Error("Give --suite NAME PATH or --gold FILE.");
        }

        if (!SuiteNames.Contains(Suite))
        {
            return ValidationResult.Error($"--suite '{Suite}' is not one of: {string.Join(", ", SuiteNames)}.");
        }

        return Path is null ? ValidationResult.Error($"--suite {Suite} needs the PATH of the suite.") : ValidationResult.Success();
    }
}
