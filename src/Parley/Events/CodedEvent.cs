using Parley.Coding;
using Parley.Ontology;

namespace Parley.Events;

/// <summary>One coded event: who did what to whom, when and where, with the evidence.</summary>
/// <param name="DocumentId">The record id or file path of the document.</param>
/// <param name="SentenceIndex">0-based index of the sentence in the document.</param>
/// <param name="SentenceText">The sentence.</param>
/// <param name="Date">The event date, or <c>null</c> when no date is known.</param>
/// <param name="DatePrecision">How exactly <paramref name="Date"/> is known.</param>
/// <param name="Source">Who acted.</param>
/// <param name="Target">Who was acted upon, when the text names someone.</param>
/// <param name="Code">The CAMEO code with its codebook facts.</param>
/// <param name="Modality">Whether the text asserts the event.</param>
/// <param name="Location">Where, when the text says.</param>
/// <param name="Confidence">0–1: how direct the evidence is.</param>
/// <param name="Mentions">How often the same event is reported in the document.</param>
/// <param name="Explanation">Why the event was coded.</param>
public sealed record CodedEvent(
    string DocumentId,
    int SentenceIndex,
    string SentenceText,
    DateOnly? Date,
    DatePrecision DatePrecision,
    EventActor Source,
    EventActor? Target,
    CameoCodeInfo Code,
    Modality Modality,
    EventLocation? Location,
    double Confidence,
    int Mentions,
    EventExplanation Explanation)
{
    /// <summary>
    /// For an expression of intent coded from an announced act ("Russia will send aid" → 033), the code of the
    /// announced act; otherwise <c>null</c>.
    /// </summary>
    public string? AnnouncedCode { get; init; }
}
