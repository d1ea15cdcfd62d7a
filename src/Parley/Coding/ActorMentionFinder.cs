using Parley.Lexicon;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Finds the actors of a sentence: longest dictionary matches, combined where English combines them —
/// "Armenian prime minister", "Russia's foreign minister", "the president of Azerbaijan", "Kazakh police".
/// </summary>
public sealed class ActorMentionFinder(ActorDictionary dictionary)
{
    /// <summary>The mentions of the sentence, in order, not overlapping.</summary>
    public List<ActorMention> Find(AnalyzedText text, SentenceSpan sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = new List<(int Start, int End, ActorEntry Entry)>();
        var end = sentence.EndTokenExclusive;
        for (var i = sentence.FirstToken; i < end;)
        {
            var start = IsArticle(text, i) ? i + 1 : i;
            ActorEntry? entry = null;
            var length = start < end ? dictionary.Match(text, start, end, out entry) : 0;
            if (length > 0 && entry is not null && !IsLowerCaseProperName(text, start, entry))
            {
                raw.Add((i, start + length, entry));
                i = start + length;
            }
            else
            {
                i++;
            }
        }

        return Combine(text, raw);
    }

    private static List<ActorMention> Combine(AnalyzedText text, List<(int Start, int End, ActorEntry Entry)> raw)
    {
        var mentions = new List<ActorMention>();
        for (var k = 0; k < raw.Count; k++)
        {
            var (start, end, entry) = raw[k];
            var next = k + 1 < raw.Count ? raw[k + 1] : default;
            var hasNext = k + 1 < raw.Count;

            // "Armenian prime minister", "Russian troops", "Kazakh police": a country word right before an agent.
            if (hasNext && IsCountryWord(entry) && next.Entry.Kind == ActorKind.Agent
                && (next.Start == end || (next.Start == end + 1 && IsWord(text, end, "'s"))))
            {
                mentions.Add(Mention(start, next.End, entry, next.Entry));
                k++;
                continue;
            }

            // "the president of Azerbaijan", "police in Almaty" is not combined: only "of".
            if (hasNext && entry.Kind == ActorKind.Agent && IsCountryWord(next.Entry) && next.Start == end + 1 && IsWord(text, end, "of"))
            {
                mentions.Add(Mention(start, next.End, next.Entry, entry));
                k++;
                continue;
            }

            if (entry.Kind != ActorKind.Agent)
            {
                mentions.Add(Mention(start, end, entry, null));
            }
        }

        return mentions;
    }

    private static ActorMention Mention(int start, int end, ActorEntry main, ActorEntry? agent)
    {
        var role = agent?.Role ?? main.Role;
        var name = agent is null ? main.Name : $"{main.Name} {agent.Name}";
        IReadOnlyList<ActorEntry> entries = agent is null ? [main] : [main, agent];
        return new ActorMention(start, end, main.Country, main.Org, role, name, entries);
    }

    private static bool IsCountryWord(ActorEntry entry) => entry.Kind is ActorKind.Country or ActorKind.CountryAdjective or ActorKind.Organisation;

    // Names are capitalised in news text: "turkey" (the bird) or "chad" in lower case are not countries.
    private static bool IsLowerCaseProperName(AnalyzedText text, int start, ActorEntry entry) =>
        entry.Kind != ActorKind.Agent && !text.Tokens[start].Has(TokenFlags.Capitalized);

    private static bool IsArticle(AnalyzedText text, int index) => IsWord(text, index, "the");

    private static bool IsWord(AnalyzedText text, int index, string word) =>
        index < text.Tokens.Count && text.TokenText(index).Equals(word, StringComparison.OrdinalIgnoreCase);
}
