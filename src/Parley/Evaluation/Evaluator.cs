using Parley.Coding;
using Parley.Events;
using Parley.Lexicon;
using Parley.Ontology;
using Parley.Text;

namespace Parley.Evaluation;

/// <summary>
/// Runs a suite: codes each record with the suite's coder and compares the events it scores (asserted ones; for the
/// peers' suites, as their coders without modality code them: <see cref="ModalityScoring"/>) with the expected ones
/// (definitions in docs/evaluation.md). Events not scored are listed.
/// </summary>
public static class Evaluator
{
    /// <summary>Runs every record of <paramref name="suite"/>.</summary>
    public static EvalResult Run(EvalSuite suite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var outcomes = new List<RecordOutcome>(suite.Records.Count);
        int tp = 0, fp = 0, fn = 0, rootTp = 0, rootFp = 0, rootFn = 0;
        for (var index = 0; index < suite.Records.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = suite.Records[index];
            var document = new SourceDocument(record.Id, record.Text, record.Date, null, null, null, record.Origin);
            var discard = suite.Discards?.Find(record.Text);
            IReadOnlyList<string> conventionNotes = [];
            string? verdict = null;
            string? verdictReason = null;
            DocumentResult result;
            if (discard is not null)
            {
                result = new DocumentResult(document, 0, [], $"the discard list names {discard}");
            }
            else if (suite.CodeRecord is { } codeRecord)
            {
                var coding = codeRecord(index, document);
                (result, conventionNotes, verdict, verdictReason) = (coding.Result, coding.Notes, coding.Verdict, coding.VerdictReason);
            }
            else
            {
                result = suite.Coder.Code(document);
            }

            var produced = new List<ProducedEvent>();
            var gotAsserted = new HashSet<EvalItem>();
            var nonAsserted = new List<string>(conventionNotes);
            var actorsRight = false;
            var typedActorsRight = false;
            if (result.SkipReason is { } reason)
            {
                nonAsserted.Add("not coded: " + reason);
            }

            foreach (var e in result.Events)
            {
                var item = ToItem(suite, e);
                if (e.Modality == Modality.Asserted)
                {
                    gotAsserted.Add(item);
                }

                if (!Scores(suite.ModalityScoring, e))
                {
                    var why = e.Modality == Modality.Asserted
                        ? $"intent derived from the announced {suite.Codes.ToSuiteCode(e.AnnouncedCode!)}, not scored: the suite's coder codes the act itself"
                        : $"{Label(e)}, not scored";
                    nonAsserted.Add($"{item} ({why}): {Explain(suite, e)}");
                    continue;
                }

                produced.Add(new ProducedEvent(item, e.Modality == Modality.Asserted ? Explain(suite, e) : $"({Label(e)}, scored as the suite's coder codes it) {Explain(suite, e)}"));
                if (suite.Comparison == EvalComparison.PloverType && ActorsMatch(record, e))
                {
                    actorsRight = true;
                    typedActorsRight |= record.Expected.Contains(item);
                }
            }

            var expected = record.Expected.ToHashSet();
            var got = produced.Select(p => p.Item).ToHashSet();
            var matched = got.Count(expected.Contains);
            tp += matched;
            fp += got.Count - matched;
            fn += expected.Count - matched;
            var expectedRoots = expected.Select(i => i.AtRoot()).ToHashSet();
            var gotRoots = got.Select(i => i.AtRoot()).ToHashSet();
            var rootMatched = gotRoots.Count(expectedRoots.Contains);
            rootTp += rootMatched;
            rootFp += gotRoots.Count - rootMatched;
            rootFn += expectedRoots.Count - rootMatched;
            // Suites of example sentences annotate one event per sentence and leave the others unannotated, not wrong:
            // there the expected event must be among those produced. Fully annotated suites need the same set.
            var annotatesAll = suite.Comparison == EvalComparison.Triples;
            var exact = annotatesAll ? got.SetEquals(expected) : expected.IsSubsetOf(got);
            var rootExact = annotatesAll ? gotRoots.SetEquals(expectedRoots) : expectedRoots.IsSubsetOf(gotRoots);
            var passed = suite.Comparison == EvalComparison.PloverType ? typedActorsRight : exact;
            var passedAssertedOnly = suite.ModalityScoring == ModalityScoring.AssertedOnly ? passed
                : annotatesAll ? gotAsserted.SetEquals(expected) : expected.IsSubsetOf(gotAsserted);

            // A record the suite's screening keeps from coding (TABARI's discard and complex verdicts) passes when the
            // verdict is the one expected; a record screened out wrongly, or coded where a verdict was expected, fails.
            if (record.ExpectedVerdict is not null || verdict is not null)
            {
                var verdictRight = record.ExpectedVerdict == verdict;
                passed &= verdictRight;
                rootExact &= verdictRight;
                passedAssertedOnly &= verdictRight;
            }

            outcomes.Add(new RecordOutcome(record, produced, passed, rootExact, suite.Comparison == EvalComparison.PloverType ? actorsRight : passed, passedAssertedOnly, nonAsserted)
            {
                Verdict = verdict,
                VerdictReason = verdictReason,
            });
        }

        var passedCount = outcomes.Count(o => o.Passed);
        var (precision, recall, f1) = Scores(tp, fp, fn);
        var (_, _, rootF1) = Scores(rootTp, rootFp, rootFn);
        var summary = new EvalSummary(
            suite.Name,
            outcomes.Count,
            suite.Skipped.Count,
            passedCount,
            outcomes.Count - passedCount,
            precision,
            recall,
            f1,
            Share(outcomes.Count(o => o.RootCorrect), outcomes.Count),
            rootF1,
            suite.Comparison == EvalComparison.PloverType ? Share(outcomes.Count(o => o.ActorsCorrect), outcomes.Count) : null,
            suite.ModalityScoring == ModalityScoring.AsPeerCoder ? outcomes.Count(o => o.PassedAssertedOnly) : null);
        return new EvalResult(suite, outcomes, summary);
    }

    // Parley's stance: only what is asserted happened. The peers' coders have no modality: their suites expect an event
    // for "will meet" or "would attack", so there an event Parley labels future, hypothetical or desired counts, and
    // the intent (03x) or threat (13x) Parley derives from an announced act, which stands for that act, does not.
    // Negated events never count.
    private static bool Scores(ModalityScoring scoring, CodedEvent e) => scoring switch
    {
        ModalityScoring.AsPeerCoder => e.Modality is Modality.Future or Modality.Hypothetical or Modality.Desired
            || (e.Modality == Modality.Asserted && e.AnnouncedCode is null),
        _ => e.Modality == Modality.Asserted,
    };

    private static string Label(CodedEvent e) => e.Modality.ToString().ToLowerInvariant();

    private static EvalItem ToItem(EvalSuite suite, CodedEvent e)
    {
        var code = suite.Codes.ToSuiteCode(e.Code.Code.Value);
        return suite.Comparison switch
        {
            EvalComparison.Triples => new EvalItem(e.Source.Code, e.Target?.Code ?? EvalItem.NoActor, code),
            EvalComparison.CodeOnly => new EvalItem(string.Empty, string.Empty, code),
            _ => new EvalItem(string.Empty, string.Empty, e.Code.Plover == PloverType.None ? $"none ({code})" : e.Code.Plover.ToString().ToUpperInvariant()),
        };
    }

    // PLOVER's actor codes are CAMEO country or sector codes ("HUN", "IGO"); a Parley actor fits one when its code
    // starts with it or its country, organisation or role is it. Where the record's actors act on each other (markup
    // "SRC/TAR", no target listed), an event from one of its sources to another also fits.
    private static bool ActorsMatch(EvalRecord record, CodedEvent e)
    {
        var sources = record.ExpectedSources;
        if (record.MutualSources && record.ExpectedTargets.Count == 0 && e.Target is { } other)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                for (var j = 0; j < sources.Count; j++)
                {
                    if (i != j && Fits(e.Source, sources[i]) && Fits(other, sources[j]))
                    {
                        return true;
                    }
                }
            }
        }

        var sourceRight = sources.Any(code => Fits(e.Source, code));
        var targetRight = record.ExpectedTargets.Count == 0 ? e.Target is null : e.Target is { } target && record.ExpectedTargets.Any(code => Fits(target, code));
        return sourceRight && targetRight;
    }

    // A sector code ("IGO", "NGO") is fitted by an organisation of that type: the UN and the EU are IGOs; an armed
    // group's own role is its type ("al-Qaeda leaders" are of the IMG al-Qaeda even as its leaders). A country
    // code of the older KEDS/TABARI scheme ("JAP" for Japan) stands for today's ISO code.
    private static bool Fits(EventActor actor, string code)
    {
        code = LegacyCountryCodes.GetValueOrDefault(code, code);
        return actor.Code.StartsWith(code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(actor.Country, code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(actor.Org, code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(actor.Role, code, StringComparison.OrdinalIgnoreCase)
            || (actor.Org is { } org && ActorDictionary.Default.Organisation(org) is { } info
                && (string.Equals(info.Type, code, StringComparison.OrdinalIgnoreCase) || (info.Type == "NSA" && string.Equals(info.Role, code, StringComparison.OrdinalIgnoreCase))));
    }

    // Country codes of the KEDS/TABARI scheme that preceded CAMEO's ISO 3166 codes, as TABARI's own documentation
    // writes them (TABARI.Demo.actors: JAPAN [JAP], FRANCE [FRN], DENMARK [DEN], ROMANIA [ROM] ...; the TABARI manual's
    // "G7 [USA/GMW/FRN/ITL/UK/JAP/CAN]"). Examples taken from older CAMEO material still use some of them.
    private static readonly IReadOnlyDictionary<string, string> LegacyCountryCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["JAP"] = "JPN",
        ["ITL"] = "ITA",
        ["FRN"] = "FRA",
        ["UK"] = "GBR",
        ["GMW"] = "DEU",
        ["DEN"] = "DNK",
        ["BUL"] = "BGR",
        ["ROM"] = "ROU",
        ["LEB"] = "LBN",
        ["KUW"] = "KWT",
        ["LTH"] = "LTU",
        ["IVO"] = "CIV",
        ["ZAM"] = "ZMB",
        ["PAL"] = "PSE",
        ["USR"] = "SUN",
        ["UAE"] = "ARE",
    };

    private static string Explain(EvalSuite suite, CodedEvent e)
    {
        var x = e.Explanation;
        var pattern = SuiteCodes(suite, x.Pattern);
        var target = e.Target is { } t ? $"'{t.Text}'={t.Code}" : "none";
        return $"pattern {pattern} at {PatternPlace(suite, x.PatternSource)} on '{x.VerbText}'; source '{e.Source.Text}'={e.Source.Code}, target {target}; rules: {string.Join("; ", x.Rules)}";
    }

    // "2072 'abandon …'" in the suite's codes; a derived event's pattern names the pattern it comes from after
    // " from " ("1383 (intent) from 2072 'abandon …'"), whose code is translated too.
    private static string SuiteCodes(EvalSuite suite, string pattern)
    {
        var space = pattern.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return pattern;
        }

        var rest = pattern[space..];
        var from = rest.IndexOf(") from ", StringComparison.Ordinal);
        if (from >= 0 && rest.IndexOf('\'', StringComparison.Ordinal) is var quote && (quote < 0 || from < quote))
        {
            var start = from + ") from ".Length;
            rest = rest[..start] + SuiteCodes(suite, rest[start..]);
        }

        return suite.Codes.ToSuiteCode(pattern[..space]) + rest;
    }

    private static string PatternPlace(EvalSuite suite, string patternSource)
    {
        var place = Path.GetFileName(patternSource);
        var colon = place.LastIndexOf(':');
        return suite.PatternLineOffset > 0 && colon > 0 && int.TryParse(place.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture, out var line)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{place[..colon]}:{Math.Max(1, line - suite.PatternLineOffset)}")
            : place;
    }

    private static (double Precision, double Recall, double F1) Scores(int tp, int fp, int fn)
    {
        var precision = tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return (Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4));
    }

    private static double Share(int count, int total) => total == 0 ? 0.0 : Math.Round((double)count / total, 4);
}
