namespace Parley.Ontology;

/// <summary>The four-way CAMEO grouping of event types (roots 01–05, 06–08, 09–13, 14–20).</summary>
public enum QuadClass
{
    /// <summary>Roots 01–05: statements, appeals, intent to cooperate, consultation, diplomatic cooperation.</summary>
    VerbalCooperation = 1,

    /// <summary>Roots 06–08: material cooperation, aid, yielding.</summary>
    MaterialCooperation = 2,

    /// <summary>Roots 09–13: investigation, demands, disapproval, rejection, threats.</summary>
    VerbalConflict = 3,

    /// <summary>Roots 14–20: protest, force posture, reduced relations, coercion, assault, fighting, mass violence.</summary>
    MaterialConflict = 4,
}
