namespace FractalTrader.Runtime;

/// <summary>An <c>Ask</c> got no answer: it timed out, or the target was already dead or the question was never delivered.</summary>
public sealed class AskTimeoutException : TimeoutException
{
    /// <summary>Creates the error.</summary>
    public AskTimeoutException(string message)
        : base(message)
    {
    }
}
