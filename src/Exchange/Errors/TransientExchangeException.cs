namespace FractalTrader.Exchange.Errors;

/// <summary>The request had no effect at the venue and may be retried (with backoff).</summary>
public sealed class TransientExchangeException : ExchangeException
{
    /// <summary>Creates the error.</summary>
    public TransientExchangeException(string venue, string operation, TransientCause cause, string message, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(venue, operation, message, inner)
    {
        Cause = cause;
        RetryAfter = retryAfter;
    }

    /// <summary>Why it failed.</summary>
    public TransientCause Cause { get; }

    /// <summary>How long the venue asked us to wait, if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
