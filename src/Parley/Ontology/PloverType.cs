namespace Parley.Ontology;

/// <summary>The 16 PLOVER event types (PLOVER manual draft 0.8). <see cref="None"/> where CAMEO has no PLOVER counterpart (roots 01 and 02).</summary>
public enum PloverType
{
    /// <summary>No PLOVER type: PLOVER dropped CAMEO's public statements (01) and appeals (02).</summary>
    None = 0,
    /// <summary>AGREE.</summary>
    Agree,
    /// <summary>CONSULT.</summary>
    Consult,
    /// <summary>SUPPORT.</summary>
    Support,
    /// <summary>CONCEDE.</summary>
    Concede,
    /// <summary>COOPERATE.</summary>
    Cooperate,
    /// <summary>AID.</summary>
    Aid,
    /// <summary>RETREAT.</summary>
    Retreat,
    /// <summary>REQUEST.</summary>
    Request,
    /// <summary>ACCUSE.</summary>
    Accuse,
    /// <summary>REJECT.</summary>
    Reject,
    /// <summary>THREATEN.</summary>
    Threaten,
    /// <summary>PROTEST.</summary>
    Protest,
    /// <summary>SANCTION.</summary>
    Sanction,
    /// <summary>MOBILIZE.</summary>
    Mobilize,
    /// <summary>COERCE.</summary>
    Coerce,
    /// <summary>ASSAULT.</summary>
    Assault,
}
