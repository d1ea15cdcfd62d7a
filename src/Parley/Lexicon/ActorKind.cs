namespace Parley.Lexicon;

/// <summary>What kind of dictionary entry an actor phrase comes from.</summary>
public enum ActorKind
{
    /// <summary>A country's name or alias ("Armenia").</summary>
    Country,
    /// <summary>A country adjective or demonym ("Armenian", "Armenians").</summary>
    CountryAdjective,
    /// <summary>A capital or seat of government standing for the government ("Yerevan", "the Kremlin").</summary>
    Metonym,
    /// <summary>A role without a name ("president", "police").</summary>
    Agent,
    /// <summary>An organisation.</summary>
    Organisation,
    /// <summary>A named person.</summary>
    Person,
    /// <summary>An entry of an imported TABARI or PETRARCH dictionary, with its own codes and date restrictions.</summary>
    Imported,
}
