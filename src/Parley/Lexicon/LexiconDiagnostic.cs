namespace Parley.Lexicon;

/// <summary>A problem found in dictionary data, with the file and line it is on.</summary>
/// <param name="File">The file, as named to the reader.</param>
/// <param name="Line">1-based line number; 0 when the problem concerns the whole file.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong, in one line.</param>
public sealed record LexiconDiagnostic(string File, int Line, DiagnosticSeverity Severity, string Message)
{
    /// <summary>"file:line: error: message".</summary>
    public override string ToString() =>
        $"{File}{(Line > 0 ? ":" + Line : string.Empty)}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
