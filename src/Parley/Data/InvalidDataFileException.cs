namespace Parley.Data;

/// <summary>Thrown when a compiled data file or an imported dictionary is corrupt or of an unknown format.</summary>
public sealed class InvalidDataFileException : Exception
{
    /// <summary>Creates the exception with a message that names the file and the problem.</summary>
    public InvalidDataFileException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public InvalidDataFileException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
