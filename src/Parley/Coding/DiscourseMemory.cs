namespace Parley.Coding;

/// <summary>
/// What a document has said so far about its actors, for coreference: the person and the country or organisation
/// last mentioned. "Stanislav Zas criticized Baku. He also ..." — "he" is Zas; "the president" after "Armenia …" is
/// Armenia's president. One instance per document, used by one thread.
/// </summary>
public sealed class DiscourseMemory
{
    /// <summary>The person last mentioned, if any.</summary>
    public ActorMention? LastPerson { get; private set; }

    /// <summary>The country, government or organisation last mentioned, if any.</summary>
    public ActorMention? LastGroup { get; private set; }

    /// <summary>The last mention that named a country or organisation (a person's or a group's).</summary>
    public ActorMention? LastAffiliated { get; private set; }

    /// <summary>Records a mention, in text order.</summary>
    public void Remember(ActorMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (IsPerson(mention))
        {
            LastPerson = mention;
        }
        else
        {
            LastGroup = mention;
        }

        if (mention.Country is not null || mention.Org is not null)
        {
            LastAffiliated = mention;
        }
    }

    /// <summary>Whether a mention names a person (rather than a country, organisation or role).</summary>
    public static bool IsPerson(ActorMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Office is not null)
        {
            return true;
        }

        foreach (var entry in mention.Entries)
        {
            if (entry.Kind == Lexicon.ActorKind.Person)
            {
                return true;
            }
        }

        return false;
    }
}
