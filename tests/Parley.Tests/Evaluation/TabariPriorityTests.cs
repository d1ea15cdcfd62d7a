using Parley.Evaluation;
using Parley.Events;
using Parley.Lexicon;
using Parley.Text;

namespace Parley.Tests.Evaluation;

/// <summary>
/// TABARI's subordinate ("[023?]") and dominant ("[031!]") codes (manual 6.6), read by the importer and applied by the
/// TABARI suite layer; with a small dictionary in TABARI's format and sentences written for these tests.
/// </summary>
[Collection(EvaluationCollection.Name)]
public sealed class TabariPriorityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-tabari-priority-" + Guid.NewGuid().ToString("N"));
    private readonly DocumentCoder _coder;

    public TabariPriorityTests()
    {
        Directory.CreateDirectory(_folder);
        _coder = TabariTestDictionaries.Coder(_folder, "test",
            ["FREEDONIA_ [FRE]", "SYLVANIA_ [SYL]", "RURITANIA_ [RUR]"], ["SAID  [023?]", "CONDEMN  [122]", "ATTEND  [031!]", "LEFT_  [032]"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (List<(string Source, string? Target, string Code)> Events, IReadOnlyList<string> Notes) Code(string text)
    {
        var (result, notes, _, _) = TabariConventions.Code(_coder, new SourceDocument("t", text, new DateOnly(2023, 5, 2), null, null, null, "test"),
            TabariOptions.Defaults with { CodeBy = TabariCodeBy.All }, []);
        return ([.. result.Events.Select(e => (e.Source.Code, e.Target?.Code, e.Code.Code.Value))], notes);
    }

    [Fact]
    public void TheImporterReadsTheSuffixesAsPriorities()
    {
        Assert.Contains(_coder.Patterns.Patterns, p => p.Lemma == "said" && p.Priority == EventPriority.Subordinate && p.Code?.Code.Value == "023");
        Assert.Contains(_coder.Patterns.Patterns, p => p.Lemma == "attend" && p.Priority == EventPriority.Dominant && p.Code?.Code.Value == "031");
        Assert.Contains(_coder.Patterns.Patterns, p => p.Lemma == "condemn" && p.Priority == EventPriority.Normal);
    }

    [Fact]
    public void ASubordinateEventIsCodedOnlyWhenTheSentenceHasNoOther()
    {
        // "said" alone is the event of its sentence
        Assert.Equal([("FRE", "SYL", "023")], Code("Freedonia said on Monday that Sylvania remained its closest partner in the region.").Events);

        // With another event, the attribution gives way to what was said
        var (events, notes) = Code("Freedonia said on Monday that it condemned Sylvania for the attack on the border post.");
        Assert.DoesNotContain(events, e => e.Code == "023");
        Assert.Contains(events, e => e.Code == "122");
        Assert.Contains(notes, n => n.Contains("subordinate code", StringComparison.Ordinal));
    }

    [Fact]
    public void ADominantEventIsTheOnlyOneOfItsSentence()
    {
        var (events, notes) = Code("Freedonia's foreign minister left for Sylvania on Friday to attend talks with Ruritania on the dispute.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("031", e.Code));
        Assert.Contains(notes, n => n.Contains("dominant code", StringComparison.Ordinal));
    }
}
