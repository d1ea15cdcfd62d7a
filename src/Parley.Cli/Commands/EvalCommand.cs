using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Evaluation;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval</c>: runs a test suite no one here wrote (TABARI, PETRARCH, PLOVER, CAMEO examples) or a gold file,
/// prints each failure (expected against got, with the explanation of each produced event) and the figures, and ends
/// with <c>N passed, M failed</c>; <c>--json</c> prints the summary object only. Exit codes: 0 the suite ran, whatever
/// the score; 1 the suite could not be read (one line on stderr naming the file and the problem).
/// </summary>
public sealed class EvalCommand(CliEnvironment environment) : Command<EvalSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        EvalSuite suite;
        try
        {
            suite = settings.Gold is { } gold ? GoldSuite.Load(gold) : settings.Suite switch
            {
                "tabari" => TabariSuite.Load(settings.Path!),
                "petrarch" => PetrarchSuite.Load(settings.Path!),
                "plover" => PloverSuite.Load(settings.Path!),
                _ => CameoExamplesSuite.Load(settings.Path!),
            };
        }
        catch (Exception e) when (e is EvalSuiteException or IOException or UnauthorizedAccessException)
        {
            environment.Stderr.WriteLine($"parley: {e.Message}");
            return ParleyApp.NothingCoded;
        }

        if (settings.AssertedOnly)
        {
            suite = suite with { ModalityScoring = ModalityScoring.AssertedOnly };
        }

        foreach (var note in suite.Notes)
        {
            environment.Stderr.WriteLine($"parley: {suite.Name}: {note}");
        }

        var result = Evaluator.Run(suite, cancellationToken);
        if (settings.Json)
        {
            WriteJson(result.Summary);
            return ParleyApp.Success;
        }

        using var output = new StreamWriter(environment.Stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var outcome in result.Outcomes)
        {
            if (!outcome.Passed)
            {
                WriteFailure(output, outcome);
            }
            else if (outcome.Verdict is { } verdict)
            {
                // A record screened out as expected: say why, so that a right verdict for a wrong reason shows.
                output.WriteLine($"ok   {outcome.Record.Id} {verdict}: {outcome.VerdictReason}");
            }
        }

        var s = result.Summary;
        var actors = s.ActorAccuracy is { } a ? string.Create(CultureInfo.InvariantCulture, $", source and target right {a:0.0000}") : string.Empty;
        var reasons = suite.Skipped.Count == 0 ? string.Empty
            : " (" + string.Join("; ", suite.Skipped.GroupBy(k => k.Reason).Select(g => $"{g.Count()} {g.Key}")) + ")";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Suite}: {s.Records} records scored, {s.Skipped} skipped by the suite's conventions{reasons}; precision {s.Precision:0.0000}, recall {s.Recall:0.0000}, f1 {s.F1:0.0000}, root accuracy {s.RootAccuracy:0.0000}, root f1 {s.RootF1:0.0000}{actors}"));
        var verdicts = result.Outcomes.Where(o => o.Record.ExpectedVerdict is not null || o.Verdict is not null).ToList();
        if (verdicts.Count > 0)
        {
            output.WriteLine($"{verdicts.Count(o => o.Record.ExpectedVerdict is not null)} records expect a verdict in place of events ({verdicts.Count(o => o.Record.ExpectedVerdict is not null && o.Passed)} right); "
                + $"{verdicts.Count(o => o.Verdict is not null && o.Record.ExpectedVerdict is null)} records that expect events or none were screened out (failed)");
        }
        if (s.PassedAssertedOnly is { } assertedOnly)
        {
            output.WriteLine($"scored as the suite's coder, which has no modality, codes: events Parley labels future, hypothetical or desired count, negated ones never; with asserted events only (--asserted-only): {assertedOnly} passed, {s.Records - assertedOnly} failed");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Passed} passed, {s.Failed} failed"));
        return ParleyApp.Success;
    }

    private static void WriteFailure(StreamWriter output, RecordOutcome outcome)
    {
        var record = outcome.Record;
        output.WriteLine($"FAIL {record.Id} ({record.Origin})");
        output.WriteLine($"  text:     {record.Text}");
        var expected = record.ExpectedVerdict ?? (record.Expected.Count == 0 ? "no event" : string.Join("; ", record.Expected));
        if (record.ExpectedSources.Count > 0 || record.ExpectedTargets.Count > 0)
        {
            expected += $"  (source {string.Join('|', record.ExpectedSources)}, target {(record.ExpectedTargets.Count == 0 ? "none" : string.Join('|', record.ExpectedTargets))})";
        }

        output.WriteLine($"  expected: {expected}");
        if (outcome.Verdict is { } verdict)
        {
            output.WriteLine($"  got:      {verdict} — {outcome.VerdictReason}");
        }
        else if (outcome.Produced.Count == 0)
        {
            output.WriteLine("  got:      no scored event");
        }

        foreach (var produced in outcome.Produced)
        {
            output.WriteLine($"  got:      {produced.Item} — {produced.Explanation}");
        }

        foreach (var note in outcome.NonAsserted)
        {
            output.WriteLine($"  also:     {note}");
        }
    }

    private void WriteJson(EvalSummary s)
    {
        using (var json = new Utf8JsonWriter(environment.Stdout, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("suite", s.Suite);
            json.WriteNumber("records", s.Records);
            json.WriteNumber("passed", s.Passed);
            json.WriteNumber("failed", s.Failed);
            json.WriteNumber("precision", s.Precision);
            json.WriteNumber("recall", s.Recall);
            json.WriteNumber("f1", s.F1);
            json.WriteNumber("root_accuracy", s.RootAccuracy);
            json.WriteNumber("root_f1", s.RootF1);
            json.WriteNumber("skipped", s.Skipped);
            if (s.ActorAccuracy is { } actors)
            {
                json.WriteNumber("source_target_accuracy", actors);
            }

            if (s.PassedAssertedOnly is { } assertedOnly)
            {
                json.WriteNumber("passed_asserted_only", assertedOnly);
            }

            json.WriteEndObject();
        }

        environment.Stdout.WriteByte((byte)'\n');
    }
}
