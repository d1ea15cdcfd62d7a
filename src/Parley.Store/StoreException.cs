namespace Parley.Store;

/// <summary>
/// The event store cannot be used: the database file is locked by another process, is not a DuckDB file, or
/// the disk is full. The message is one line naming the file and the problem; what was committed before is kept.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the error that caused it.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message (required by the exception pattern).</summary>
    public StoreException()
        : base("The event store cannot be used.")
    {
    }
}
