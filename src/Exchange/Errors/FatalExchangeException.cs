namespace FractalTrader.Exchange.Errors;

/// <summary>The call cannot succeed until an operator acts: stop trading and alert.</summary>
public sealed class FatalExchangeException : ExchangeException
{
    /// <summary>Creates the error.</summary>
    public FatalExchangeException(string venue, string operation, FatalCause cause, string message, Exception? inner = null)
        : base(venue, operation, message, inner)
    {
        Cause = cause;
    }

    /// <summary>Why.</summary>
    public FatalCause Cause { get; }
}
