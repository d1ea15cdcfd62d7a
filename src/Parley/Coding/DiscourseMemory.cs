namespace Parley.Coding;

/// <summary>
/// What a document has said so far about its actors, for coreference: the person and the country or organisation
/// of the sentences before. "Stanislav Zas criticized Baku. He also ..." — "he" is Zas; "the president" after "Armenia …" is
/// Armenia's president. One instance per document, used by one thread.
/// </summary>
public sealed class DiscourseMemory
{
    /// <summary>The person mentioned first in the last sentence that named one, if any.</summary>
    public ActorMention? LastPerson { get; private set; }

    /// <summary>The country, government or organisation mentioned first in the last sentence that named one, if any.</summary>
    public ActorMention? LastGroup { get; private set; }

    /// <summary>
    /// The first country, government or organisation of that sentence other than <see cref="LastGroup"/> — usually its
    /// object, which an object pronoun refers to ("The government met opposition leaders. It accused them …").
    /// </summary>
    public ActorMention? OtherGroup { get; private set; }

    /// <summary>The list <see cref="LastGroup"/> was named in ("Chile and Peru"), when it was one; "they" stands for all of it.</summary>
    public IReadOnlyList<ActorMention>? LastGroupList { get; private set; }

    /// <summary>Records the list the sentence's first group was named in (see <see cref="LastGroupList"/>); call after <see cref="RememberSentence"/>.</summary>
    /// <param name="list">The actors of the list, or null when the group was named alone.</param>
    public void RememberGroupList(IReadOnlyList<ActorMention>? list)
    {
        if (list is { Count: > 1 } && LastGroup is not null)
        {
            LastGroupList = list;
        }
    }

    /// <summary>
    /// The actors of the last sentence that named one with a country or organisation; "the two leaders" or "both sides"
    /// of a later sentence that names fewer stand for the first of its participants (places aside).
    /// </summary>
    public IReadOnlyList<ActorMention>? LastParticipantMentions { get; private set; }

    /// <summary>Records the actors of a sentence (see <see cref="LastParticipantMentions"/>); a sentence naming no actor with a
    /// country or organisation keeps the earlier ones. The list is kept as it is, not copied.</summary>
    /// <param name="mentions">The sentence's actors, in order.</param>
    public void RememberParticipants(IReadOnlyList<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var mention in mentions)
        {
            if (mention.Country is not null || mention.Org is not null || mention.Members is not null)
            {
                LastParticipantMentions = mentions;
                return;
            }
        }
    }

    /// <summary>
    /// The actor named first in the last sentence that named one, a pronoun standing for another not counted: what
    /// TABARI forwards to a pronoun opening the next sentence (its manual, 8.4). Kept by the coder for TABARI's suite only.
    /// </summary>
    public ActorMention? FirstNamed { get; private set; }

    /// <summary>Records the sentence's <see cref="FirstNamed"/> actor; null keeps the one before.</summary>
    /// <param name="mention">The first actor the sentence names itself, or null when it names none.</param>
    public void RememberFirstNamed(ActorMention? mention) => FirstNamed = mention ?? FirstNamed;

    /// <summary>
    /// The people of the last sentence that named two or more of different actors, in order, once each ("Xi hosted Lula.
    /// The two leaders …"); empty after a sentence that named only one person.
    /// </summary>
    public IReadOnlyList<ActorMention> LastPersons { get; private set; } = [];

    /// <summary>Like <see cref="LastPerson"/>, for a mention with a country or organisation (a person's or a group's).</summary>
    public ActorMention? LastAffiliated { get; private set; }

    /// <summary>
    /// Records the actors of a sentence. The first of each kind is kept — usually the subject, which a later pronoun
    /// refers to more often than an object does ("Russia criticized France. They …" is Russia).
    /// </summary>
    public void RememberSentence(IReadOnlyList<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ActorMention? person = null, group = null, other = null, affiliated = null;
        List<ActorMention>? persons = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (IsPersonal(mention))
            {
                if (person is not null && mention.Code != person.Code && !HasCode(persons, mention.Code))
                {
                    (persons ??= [person]).Add(mention);
                }

                person ??= mention;
            }
            else if (group is null)
            {
                group = mention;
            }
            else if (mention.Code != group.Code)
            {
                other ??= mention;
            }

            if (mention.Country is not null || mention.Org is not null)
            {
                affiliated ??= mention;
            }
        }

        if (person is not null)
        {
            LastPersons = persons ?? (IReadOnlyList<ActorMention>)[];
        }

        LastPerson = person ?? LastPerson;
        if (group is not null)
        {
            OtherGroup = other;
        }

        if (group is not null && !ReferenceEquals(group, LastGroup))
        {
            LastGroupList = null;
        }

        LastGroup = group ?? LastGroup;
        LastAffiliated = affiliated ?? LastAffiliated;
    }

    /// <summary>
    /// Whether a mention names one person: a named person, or a role one person holds ("the Egyptian foreign minister",
    /// "a government spokesman"), which "he" or "she" may stand for. A plural or an institution ("officials", "the
    /// foreign ministry") is not one.
    /// </summary>
    public static bool IsPersonal(ActorMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (IsPerson(mention))
        {
            return true;
        }

        // A role named: its word ends the mention's name ("Egypt foreign minister").
        var name = mention.Name.AsSpan().TrimEnd();
        var space = name.LastIndexOf(' ');
        return mention.Role is not null && PersonalRoles.Contains(space < 0 ? name : name[(space + 1)..]);
    }

    private static bool HasCode(List<ActorMention>? mentions, string code)
    {
        if (mentions is not null)
        {
            foreach (var mention in mentions)
            {
                if (mention.Code == code)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a word names a role one person holds, in the singular or the plural ("leader", "leaders").</summary>
    /// <param name="word">The word.</param>
    public static bool IsPersonalRoleWord(ReadOnlySpan<char> word) =>
        PersonalRoles.Contains(word) || (word.Length > 1 && (word[^1] == 's' || word[^1] == 'S') && PersonalRoles.Contains(word[..^1]));

    // Singular nouns of roles one person holds.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalRoles = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "president", "minister", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson", "diplomat", "ambassador", "envoy", "king",
        "queen", "emir", "sultan", "prince", "monarch", "leader", "official", "chief", "commander", "general", "secretary", "governor", "mayor",
        "senator", "lawmaker", "judge", "prosecutor", "officer", "negotiator", "mediator", "representative", "delegate", "director", "chairman",
        "chairwoman", "deputy", "adviser", "advisor", "aide", "ayatollah", "cleric", "pope", "commissioner", "attorney", "lawyer", "activist",
        "journalist", "soldier", "policeman", "policewoman")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a mention names a person (rather than a country, organisation or role).</summary>
    public static bool IsPerson(ActorMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Office is not null)
        {
            return true;
        }

        // Indexed, not foreach: an interface's enumerator is an object, and this runs for every mention of every sentence.
        var entries = mention.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Kind == Lexicon.ActorKind.Person)
            {
                return true;
            }
        }

        return false;
    }
}
