using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Evaluation;

/// <summary>How many events TABARI codes from one sentence (its <c>SET: CODE BY ...</c> option, manual 7.6.1).</summary>
internal enum TabariCodeBy
{
    /// <summary>The first event of each conjunction-delimited clause (TABARI's default).</summary>
    Clause,

    /// <summary>The first event of the sentence.</summary>
    Sentence,

    /// <summary>Every event.</summary>
    All,
}

/// <summary>
/// Word-count limits of TABARI's <c>COMMA:</c> option (manual 8.6): a comma-delimited phrase whose length in words is
/// within the limits is removed before coding. B… limits apply to the phrase before the first comma, E… to the phrase
/// after the last, the others to phrases between two commas.
/// </summary>
internal sealed record TabariCommaLimits(int Min, int Max, int EMin, int EMax, int BMin, int BMax)
{
    /// <summary>TABARI's defaults: the first phrase is never removed (BMIN 128 above BMAX 0).</summary>
    public static TabariCommaLimits Default { get; } = new(2, 10, 2, 10, 128, 0);
}

/// <summary>
/// The settings of TABARI's <c>.options</c> file that decide which events TABARI codes from a record, as its manual
/// documents them (chapter 8). The validation suite starts from its options file and changes settings with
/// <c>{ OPTION: ... }</c> blocks in records (manual 10.1.1), which hold for the records that follow.
/// Settings that do not change the coded (source, target, code) triples (labels, output, dates, complexity reports) are read
/// and ignored.
/// </summary>
internal sealed partial record TabariOptions
{
    /// <summary>The settings before any options file: the defaults of TABARI's manual.</summary>
    public static TabariOptions Defaults { get; } = new();

    /// <summary>A text with fewer words (a comma counts as one) is not coded (<c>SET: MINIMUM WORDS</c>, default 8).</summary>
    public int MinimumWords { get; init; } = 8;

    /// <summary>Which events of a sentence are coded.</summary>
    public TabariCodeBy CodeBy { get; init; } = TabariCodeBy.Clause;

    /// <summary>Limits for removing comma-delimited phrases, or <c>null</c> after <c>COMMA: OFF</c>.</summary>
    public TabariCommaLimits? Comma { get; init; } = TabariCommaLimits.Default;

    /// <summary>
    /// The sequence format of <c>FORWARD:</c> (where the story and sentence numbers stand in a record id), or <c>null</c>
    /// when pronouns are not forwarded between records.
    /// </summary>
    public string? Forward { get; init; }

    /// <summary>
    /// The code given as target to an event whose verb has no target (<c>DEFAULT: TARGET [code]</c>, manual 8.5), or
    /// <c>null</c>: without a target TABARI codes no event.
    /// </summary>
    public string? DefaultTarget { get; init; }

    /// <summary>
    /// The code given as source to an event whose verb has none (<c>DEFAULT: SOURCE [code]</c>, manual 8.5), or <c>null</c>.
    /// </summary>
    public string? DefaultSource { get; init; }

    /// <summary>With <see cref="DefaultSource"/>: <c>PRIOR</c>, the default applies whenever no actor stands before the verb.</summary>
    public bool DefaultSourcePrior { get; init; }

    /// <summary>With <see cref="DefaultTarget"/>: <c>AFTER</c>, the default applies whenever no actor stands after the verb (no actor before it is sought).</summary>
    public bool DefaultTargetAfter { get; init; }

    /// <summary>An agent named without an actor is an actor coded with its agent code (<c>SET: CONVERT AGENTS</c>, manual 8.2.6).</summary>
    public bool ConvertAgents { get; init; }

    /// <summary>The conditions under which a text is too complex to code (<c>COMPLEX:</c>, manual 8.7); none by default.</summary>
    public TabariComplexity Complex { get; init; } = TabariComplexity.None;

    /// <summary>Applies the lines of an options file in order.</summary>
    public TabariOptions ApplyFile(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var options = this;
        foreach (var line in lines)
        {
            var command = line;
            foreach (var marker in (ReadOnlySpan<string>)["//", "#"])
            {
                var at = command.IndexOf(marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    command = command[..at];
                }
            }

            options = options.Apply(command);
        }

        return options;
    }

    /// <summary>Applies one command ("SET: CODE BY SENTENCE", "COMMA: OFF", "COMPLEX: VERBS[5] NOACTPRIOR", "FORWARD: ^^***NNN*SSS"); other commands change nothing.</summary>
    public TabariOptions Apply(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = Regex.Replace(command.Trim().ToUpperInvariant(), @"\s+", " ");
        if (text.StartsWith("SET:", StringComparison.Ordinal))
        {
            var setting = text[4..].Trim();
            if (setting.StartsWith("CODE ALL", StringComparison.Ordinal))
            {
                return this with { CodeBy = TabariCodeBy.All };
            }

            if (setting.StartsWith("CODE BY SENTENCE", StringComparison.Ordinal))
            {
                return this with { CodeBy = TabariCodeBy.Sentence };
            }

            if (setting.StartsWith("CODE BY CLAUSE", StringComparison.Ordinal))
            {
                return this with { CodeBy = TabariCodeBy.Clause };
            }

            if (setting.StartsWith("CONVERT AGENT", StringComparison.Ordinal))
            {
                return this with { ConvertAgents = setting.Contains("TRUE", StringComparison.Ordinal) || setting.EndsWith("= T", StringComparison.Ordinal) };
            }

            var minimum = MinimumWordsSetting().Match(setting);
            if (minimum.Success)
            {
                return this with { MinimumWords = int.Parse(minimum.Groups[1].Value, CultureInfo.InvariantCulture) };
            }

            return this;
        }

        if (text.StartsWith("COMMA:", StringComparison.Ordinal))
        {
            var body = text[6..].Trim();
            if (body.StartsWith("OFF", StringComparison.Ordinal))
            {
                return this with { Comma = null };
            }

            var limits = Comma ?? TabariCommaLimits.Default;
            foreach (Match limit in CommaLimit().Matches(body))
            {
                var value = int.Parse(limit.Groups[2].Value, CultureInfo.InvariantCulture);
                limits = limit.Groups[1].Value switch
                {
                    "MIN" => limits with { Min = value },
                    "MAX" => limits with { Max = value },
                    "EMIN" => limits with { EMin = value },
                    "EMAX" => limits with { EMax = value },
                    "BMIN" => limits with { BMin = value },
                    _ => limits with { BMax = value },
                };
            }

            return this with { Comma = limits };
        }

        if (text.StartsWith("DEFAULT:", StringComparison.Ordinal) || text.StartsWith("DEFA:", StringComparison.Ordinal))
        {
            var body = text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            if (body.StartsWith("OFF", StringComparison.Ordinal))
            {
                return this with { DefaultTarget = null, DefaultTargetAfter = false, DefaultSource = null, DefaultSourcePrior = false };
            }

            var options = this;
            var target = DefaultTargetCode().Match(body);
            if (target.Success)
            {
                options = options with { DefaultTarget = target.Groups[1].Value, DefaultTargetAfter = target.Groups[2].Success };
            }

            var source = DefaultSourceCode().Match(body);
            if (source.Success)
            {
                options = options with { DefaultSource = source.Groups[1].Value, DefaultSourcePrior = source.Groups[2].Success };
            }

            return options;
        }

        if (text.StartsWith("COMPLEX:", StringComparison.Ordinal))
        {
            return this with { Complex = TabariComplexity.Parse(text[8..]) };
        }

        if (text.StartsWith("FORWARD:", StringComparison.Ordinal) || text.StartsWith("FORW:", StringComparison.Ordinal))
        {
            var body = text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            var format = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return format.Length == 0 || format.Contains("OFF") ? this with { Forward = null } : this with { Forward = format[0] };
        }

        return this;
    }

    [GeneratedRegex(@"\bTARGET:? ?\[([^\]\s]+)\]( +AFTER\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultTargetCode();

    [GeneratedRegex(@"\bSOURCE:? ?\[([^\]\s]+)\]( +PRIOR\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultSourceCode();

    [GeneratedRegex(@"^MINIMUM WORDS ?= ?(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex MinimumWordsSetting();

    [GeneratedRegex(@"\b(MIN|MAX|EMIN|EMAX|BMIN|BMAX) ?= ?(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex CommaLimit();
}
