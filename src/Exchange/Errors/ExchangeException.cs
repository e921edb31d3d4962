namespace FractalTrader.Exchange.Errors;

/// <summary>
/// A venue call that did not succeed, classified by what the caller may do next: retry
/// (<see cref="TransientExchangeException"/>), give up on this order
/// (<see cref="OrderRejectedException"/>), ask the venue what happened
/// (<see cref="AmbiguousOrderException"/>) or stop (<see cref="FatalExchangeException"/>).
/// Messages name the venue and operation, never a secret.
/// </summary>
public abstract class ExchangeException : Exception
{
    /// <summary>Creates the error.</summary>
    protected ExchangeException(string venue, string operation, string message, Exception? inner = null)
        : base($"{venue} {operation}: {message}", inner)
    {
        Venue = venue;
        Operation = operation;
    }

    /// <summary>Which venue answered (e.g. <c>hyperliquid</c>, <c>simulated</c>).</summary>
    public string Venue { get; }

    /// <summary>What was being done (e.g. <c>place BTC</c>, <c>info clearinghouseState</c>).</summary>
    public string Operation { get; }
}
