namespace Parley.Evaluation;

/// <summary>A suite file is missing or malformed; the message names the file (and line or record) and the problem.</summary>
public sealed class EvalSuiteException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public EvalSuiteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public EvalSuiteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public EvalSuiteException()
    {
    }
}
