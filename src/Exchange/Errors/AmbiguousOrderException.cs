using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Errors;

/// <summary>
/// The request may or may not have taken effect (timed out or broke after it was sent), and
/// asking the venue for the order's status by client id did not settle it. Never place the order
/// again blindly: ask <see cref="IExchange.GetOrderStatusAsync"/> with <see cref="ClientOrderId"/>.
/// </summary>
public sealed class AmbiguousOrderException : ExchangeException
{
    /// <summary>Creates the error.</summary>
    public AmbiguousOrderException(string venue, string operation, ClientOrderId clientOrderId, DateTimeOffset? expiresAt, string message, Exception? inner = null)
        : base(venue, operation, message, inner)
    {
        ClientOrderId = clientOrderId;
        ExpiresAt = expiresAt;
    }

    /// <summary>The order to ask about.</summary>
    public ClientOrderId ClientOrderId { get; }

    /// <summary>
    /// When the request expires at the venue (its <c>expiresAfter</c>): if the order is still
    /// unknown after this time, it was never placed. Null when the venue has no such bound.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; }
}
