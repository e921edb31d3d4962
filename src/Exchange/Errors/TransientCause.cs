namespace FractalTrader.Exchange.Errors;

/// <summary>Why a call failed in a way that a later retry can fix.</summary>
public enum TransientCause
{
    /// <summary>Timed out before the request could be sent.</summary>
    TimeoutBeforeSend = 0,

    /// <summary>HTTP 429: rate limited.</summary>
    RateLimited = 1,

    /// <summary>HTTP 5xx.</summary>
    ServerError = 2,

    /// <summary>The connection was refused or could not be made.</summary>
    ConnectionRefused = 3,

    /// <summary>The venue rejected the nonce (duplicate or out of window); a fresh one will do.</summary>
    NonceRejected = 4,

    /// <summary>A read-only request failed in flight; it is safe to repeat.</summary>
    InterruptedRead = 5,
}
