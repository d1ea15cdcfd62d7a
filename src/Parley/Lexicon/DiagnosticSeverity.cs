namespace Parley.Lexicon;

/// <summary>How serious a problem found in dictionary data is.</summary>
public enum DiagnosticSeverity : byte
{
    /// <summary>Worth a look; the data still works as written.</summary>
    Warning,
    /// <summary>The data is wrong: the line is not used, or it contradicts another.</summary>
    Error,
}
