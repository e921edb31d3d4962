namespace FractalTrader.Runtime;

/// <summary>
/// A journal could not be opened: the file is not a journal, was written by a newer version, is
/// read-only, or cannot be reached. Raised before anything in the file is changed.
/// </summary>
public sealed class JournalOpenException : IOException
{
    /// <summary>Creates the error; the message starts with the journal's location.</summary>
    public JournalOpenException(string location, string reason, Exception? innerException = null)
        : base($"{location}: {reason}", innerException)
    {
        Location = location;
        Reason = reason;
    }

    /// <summary>The journal's file path (or connection target, without secrets).</summary>
    public string Location { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }
}
