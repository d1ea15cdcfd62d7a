namespace Parley.Events;

/// <summary>An actor as it stands in an event: who, resolved on the event's date, and the words that named it.</summary>
/// <param name="Code">The CAMEO-style actor code: country or organisation plus role ("RUSGOV", "NATO", "ARMMIL").</param>
/// <param name="Country">ISO 3166-1 alpha-3 code, when the actor belongs to a country.</param>
/// <param name="Org">Organisation id ("UN", "CSTO"), when the actor is or belongs to one.</param>
/// <param name="Role">Role code ("GOV", "MIL", "COP" …), when known.</param>
/// <param name="Name">Canonical name ("Vladimir Putin", "Russia").</param>
/// <param name="Text">The words of the sentence that named the actor.</param>
public sealed record EventActor(string Code, string? Country, string? Org, string? Role, string Name, string Text);
