namespace Parley.Coding;

/// <summary>Whether the text says an event happened. Downstream counts should use <see cref="Asserted"/> events only.</summary>
public enum Modality
{
    /// <summary>The text reports the event as having happened (or happening).</summary>
    Asserted,
    /// <summary>The text says it did not happen ("did not sign", "failed to adopt").</summary>
    Negated,
    /// <summary>Possible or conditional ("could send monitors if Baku agrees").</summary>
    Hypothetical,
    /// <summary>Hoped for, wanted or expected ("hoped the CSTO would condemn").</summary>
    Desired,
    /// <summary>Announced for the future ("will visit Baku next week").</summary>
    Future,
}
