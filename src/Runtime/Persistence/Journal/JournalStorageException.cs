namespace FractalTrader.Runtime;

/// <summary>
/// The journal or snapshot store could not do what was asked (I/O error, full disk, read-only
/// file, lost connection): a storage failure. A persistent actor stops on it and is restarted by
/// its supervisor. What was already durable is unchanged.
/// </summary>
public class JournalStorageException : IOException
{
    /// <summary>Creates the error; <paramref name="message"/> names what was being done and for which id.</summary>
    public JournalStorageException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
