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
    /// Whether the pattern ranks by the length of its text, as TABARI ranks its phrases ("Tabari matches phrases in the
    /// order of longest to shortest", manual 5.5 and 5.7.1): the letters and digits of the words it names, slots,
    /// gaps and the head not counted, a word class counted by the member that matched. Only imported TABARI patterns
    /// set it; every other pattern ranks by <see cref="Specificity"/>.
    /// </summary>
    public bool RankByLength { get; init; }

    /// <summary>
    /// The most letters and digits the pattern's words can cover: its named words, and the longest member of each
    /// word class (TABARI: "the length of the fixed text, plus the length of the longest alternative").
    /// </summary>
    public int LongestLiteralLength { get; } = Before.Concat(After).Sum(LongestLength);

    /// <summary>
    /// The key patterns of one head are tried by, highest first: <see cref="Specificity"/>, or for patterns that
    /// <see cref="RankByLength"/> their <see cref="LongestLiteralLength"/> and, of equally long ones, their specificity
    /// (so that "$ *", no longer than the bare root, is still tried before it). A match's own rank never exceeds it.
    /// </summary>
    public int Precedence => RankByLength ? LengthRank(LongestLiteralLength, Specificity) : Specificity;

    /// <summary>The rank of a pattern that ranks by length, given the letters its words cover and its specificity.</summary>
    internal static int LengthRank(int letters, int specificity) => (letters * 64) + Math.Min(specificity, 63);

    /// <summary>The letters and digits of a word ("anti-" is 4, "to_let" 5): what TABARI counts of a phrase's length.</summary>
    public static int LetterCount(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    private static int LongestLength(PatternElement element) => element.Kind switch
    {
        PatternElementKind.Word => LetterCount(element.Word),
        PatternElementKind.Class => element.Class!.Members.Max(m => m.Sum(w => LetterCount(w))),
        _ => 0,
    };

    /// <summary>
    /// Whether the head may be any part of speech: the words the pattern names before it fix its reading ("its voice",
    /// "in accord"), as in TABARI, whose dictionaries know no parts of speech. Only imported TABARI patterns with a word
    /// before the head set it; for every other pattern the tagger (or the heuristics) must read the head as its kind.
    /// </summary>
    public bool HeadAnyPartOfSpeech { get; init; }

    /// <summary>
    /// Whether a verb head is read as TABARI reads a word of its verbs dictionary (manual, section 7.4, "Nouns"): as a
    /// verb wherever it stands, unless "the", "a" or "an" comes right before it or it is capitalised inside a sentence
    /// (which the coder checks for every head); no tagger decides. TABARI's dictionaries are written for this reading —
    /// their null-coded patterns stop the noun uses — and list forms no tagger knows ("departen", the irregular forms
    /// of a <c>{ ... }</c> line). Only patterns imported from TABARI <c>.verbs</c> files set it.
    /// </summary>
    public bool HeadReadByPosition { get; init; }

    /// <summary>
    /// How the pattern's events weigh against the other events of their sentence (TABARI's subordinate and dominant
    /// codes); the filtering is TABARI's convention, applied by its suite layer.
    /// </summary>
    public EventPriority Priority { get; init; }

    /// <summary>
    /// For a noun pattern: whether the noun's entry names what it acts on after "of" (it has the pattern
    /// <c>expulsion of TARGET</c>), so that a word or class after its "of" may end an actor's name, as after a verb
    /// ("the expulsion of the Venezuelan diplomat": <c>expulsion of $DIPLOMATS</c>). Nouns whose "of" names the agent
    /// ("the withdrawal of Russian troops") do not. Set when the lexicon is compiled.
    /// </summary>
    public bool OfNamesTarget { get; init; }

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
