namespace FractalTrader.Messages.Reconciliation;

/// <summary>One order on which the order journal and the venue disagreed, with both views and what was done. Immutable.</summary>
/// <param name="Kind">How they differ.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="ClientOrderId">The order's client id, if it has one.</param>
/// <param name="VenueOrderId">The venue's order id, if the venue knows the order.</param>
/// <param name="JournalView">The journal's view, e.g. <c>no such order</c> or <c>StopLoss Sell 1.5 Open</c>.</param>
/// <param name="VenueView">The venue's view, e.g. <c>open: Sell 1.5 StopMarket trigger 2940 reduce-only</c> or <c>canceled (scheduledCancel)</c>.</param>
/// <param name="Action">What the node did.</param>
public sealed record OrderDivergence(
    OrderDivergenceKind Kind,
    string Symbol,
    string? ClientOrderId,
    long? VenueOrderId,
    string JournalView,
    string VenueView,
    OrderDivergenceAction Action);
