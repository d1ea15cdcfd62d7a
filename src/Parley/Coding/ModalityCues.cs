using System.Collections.Frozen;

namespace Parley.Coding;

/// <summary>The words that make an event other than asserted, looked for before the verb in its clause.</summary>
internal static class ModalityCues
{
    public static readonly FrozenDictionary<string, Modality> Words = new Dictionary<string, Modality>(StringComparer.OrdinalIgnoreCase)
    {
        ["not"] = Modality.Negated,
        ["n't"] = Modality.Negated,
        ["never"] = Modality.Negated,

        // "Neither France nor Germany attended": a subject list joined by "neither … nor" denies the act of each.
        ["neither"] = Modality.Negated,
        ["nor"] = Modality.Negated,
        ["failed"] = Modality.Negated,
        ["fails"] = Modality.Negated,
        ["fail"] = Modality.Negated,

        // The gerunds too: "accused Russia of failing to protect Armenia", "criticised Kosovo for refusing to release".
        ["failing"] = Modality.Negated,
        ["refused"] = Modality.Negated,
        ["refuses"] = Modality.Negated,
        ["refusing"] = Modality.Negated,
        ["declined"] = Modality.Negated,
        ["declining"] = Modality.Negated,
        ["denied"] = Modality.Negated,
        ["could"] = Modality.Hypothetical,
        ["may"] = Modality.Hypothetical,
        ["might"] = Modality.Hypothetical,
        ["would"] = Modality.Hypothetical,
        ["should"] = Modality.Hypothetical,
        ["can"] = Modality.Hypothetical,
        ["ca"] = Modality.Hypothetical,
        ["if"] = Modality.Hypothetical,
        ["unless"] = Modality.Hypothetical,
        ["whether"] = Modality.Hypothetical,
        ["possible"] = Modality.Hypothetical,
        ["possibly"] = Modality.Hypothetical,
        ["likely"] = Modality.Hypothetical,
        ["unlikely"] = Modality.Hypothetical,
        ["probably"] = Modality.Hypothetical,
        ["perhaps"] = Modality.Hypothetical,
        ["must"] = Modality.Hypothetical,
        ["will"] = Modality.Future,
        ["'ll"] = Modality.Future,
        ["shall"] = Modality.Future,
        ["wo"] = Modality.Future,
        ["hope"] = Modality.Desired,
        ["hopes"] = Modality.Desired,
        ["hoped"] = Modality.Desired,
        ["want"] = Modality.Desired,
        ["wants"] = Modality.Desired,
        ["wanted"] = Modality.Desired,
        ["plan"] = Modality.Desired,
        ["plans"] = Modality.Desired,
        ["planned"] = Modality.Desired,
        ["planning"] = Modality.Desired,
        ["plotting"] = Modality.Desired,
        ["hoping"] = Modality.Desired,
        ["wanting"] = Modality.Desired,
        ["intending"] = Modality.Desired,
        ["seeking"] = Modality.Desired,
        ["intend"] = Modality.Desired,
        ["intends"] = Modality.Desired,
        ["expect"] = Modality.Desired,
        ["expects"] = Modality.Desired,
        ["expected"] = Modality.Desired,
        ["wish"] = Modality.Desired,
        ["wishes"] = Modality.Desired,
        ["seek"] = Modality.Desired,
        ["seeks"] = Modality.Desired,
        ["sought"] = Modality.Desired,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, Modality>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word opens a condition ("if", "unless").</summary>
    public static bool IsCondition(ReadOnlySpan<char> word) =>
        word.Equals("if", StringComparison.OrdinalIgnoreCase) || word.Equals("unless", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a condition opens between two token positions: "would provide aid if parliament approved it".</summary>
    public static bool ConditionIn(Text.AnalyzedText text, int from, int toExclusive)
    {
        for (var i = from; i < toExclusive; i++)
        {
            if (IsCondition(text.TokenText(i)))
            {
                return true;
            }
        }

        return false;
    }
}
