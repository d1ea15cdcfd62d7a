using Parley.Ontology;

namespace Parley.Lexicon;

/// <summary>
/// One pattern of an entry: the words around the head, the slots where source and target stand, and the CAMEO code
/// the pattern yields.
/// </summary>
/// <param name="Id">Where the pattern is defined: file and line ("data/lexicon/events-11-disapprove.txt:40").</param>
/// <param name="Kind">Whether the head is a verb, an event noun or a fixed phrase.</param>
/// <param name="Lemma">The head word's lemma ("accuse").</param>
/// <param name="Code">The code the pattern yields; null for a null pattern ("---"), which matches and yields nothing.</param>
/// <param name="ReciprocalCode">A second event from target to source ("042:043": X visits Y, so Y hosts X); usually null.
/// Imported dictionaries may have it without <paramref name="Code"/> (PETRARCH's "[:110]"): then only the reverse event is coded.</param>
/// <param name="Before">The elements before the head, in text order.</param>
/// <param name="After">The elements after the head, in text order.</param>
/// <param name="Text">The pattern as written.</param>
public sealed record EventPattern(
    string Id,
    EntryKind Kind,
    string Lemma,
    CameoCodeInfo? Code,
    CameoCodeInfo? ReciprocalCode,
    IReadOnlyList<PatternElement> Before,
    IReadOnlyList<PatternElement> After,
    string Text)
{
    /// <summary>How specific the pattern is: the number of elements other than gaps, head included. Longer patterns are tried first.</summary>
    public int Specificity { get; } = 1 + Before.Count(e => e.Kind != PatternElementKind.Gap) + After.Count(e => e.Kind != PatternElementKind.Gap);

    /// <summary>
    /// Whether the head may be any part of speech: the words the pattern names before it fix its reading ("its voice",
    /// "in accord"), as in TABARI, whose dictionaries know no parts of speech. Only imported TABARI patterns with a word
    /// before the head set it; for every other pattern the tagger (or the heuristics) must read the head as its kind.
    /// </summary>
    public bool HeadAnyPartOfSpeech { get; init; }

    /// <summary>Whether a slot names the source.</summary>
    public bool HasSourceSlot => Before.Any(e => e.Kind == PatternElementKind.Source) || After.Any(e => e.Kind == PatternElementKind.Source);

    /// <summary>Whether a slot names the target.</summary>
    public bool HasTargetSlot => Before.Any(e => e.Kind == PatternElementKind.Target) || After.Any(e => e.Kind == PatternElementKind.Target);

    /// <summary>The code as written: "112", "042:043", "---".</summary>
    public string CodeText => (Code?.Code.Value ?? "---") + (ReciprocalCode is null ? string.Empty : ":" + ReciprocalCode.Code.Value);

    /// <summary>The shape of the pattern without its code, for finding duplicates: "verb accuse * TARGET of".</summary>
    public string Shape => $"{Kind.ToString().ToLowerInvariant()} {Lemma} {string.Join(' ', Before.Select(Written))} * {string.Join(' ', After.Select(Written))}".Trim();

    private static string Written(PatternElement e) => (e.Adjacent ? "_" : string.Empty) + e + (e.Stem ? "~" : string.Empty);
}
