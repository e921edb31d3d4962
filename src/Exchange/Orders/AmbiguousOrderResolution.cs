using FractalTrader.Exchange.Errors;

namespace FractalTrader.Exchange.Orders;

/// <summary>
/// Settles an order request whose answer was lost after it was sent: asks the venue for the
/// order's status by client id a few times (the request may still be in flight), and never
/// re-sends it. Shared by every <see cref="IExchange"/>. Stateless.
/// </summary>
public static class AmbiguousOrderResolution
{
    /// <summary>Resolves the outcome: the acknowledgement of the order found, or a typed error.</summary>
    /// <param name="status">Asks the venue for the order's status by client id.</param>
    /// <param name="clientOrderId">The order.</param>
    /// <param name="attempts">How many times to ask.</param>
    /// <param name="spacing">Wait between asks (on <paramref name="time"/>).</param>
    /// <param name="time">Clock for the waits.</param>
    /// <param name="lost">The exception that made the outcome ambiguous; carried by the error if unresolved.</param>
    /// <param name="cancellationToken">Cancels the resolution.</param>
    /// <exception cref="OrderRejectedException">The venue recorded the order as rejected.</exception>
    /// <exception cref="AmbiguousOrderException">The venue still does not know the order.</exception>
    public static async Task<OrderAck> ResolveAsync(
        Func<CancellationToken, Task<OrderStatusReport?>> status,
        ClientOrderId clientOrderId,
        int attempts,
        TimeSpan spacing,
        TimeProvider time,
        AmbiguousOrderException lost,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(lost);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            OrderStatusReport? report;
            try
            {
                report = await status(cancellationToken);
            }
            catch (TransientExchangeException) when (attempt < attempts)
            {
                report = null;
            }

            if (report is not null)
            {
                if (report.State == OrderState.Rejected)
                {
                    throw new OrderRejectedException(lost.Venue, lost.Operation, RejectReason.Unknown, $"order {clientOrderId} was rejected ({report.VenueStatus})");
                }

                var filled = report.Order.OriginalSize - report.Order.RemainingSize;
                return new OrderAck(report.Order.OrderId, clientOrderId, report.State, filled, AveragePrice: null);
            }

            if (attempt < attempts)
            {
                await Task.Delay(spacing, time, cancellationToken);
            }
        }

        throw lost;
    }
}
