using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Orders;

/// <summary>
/// Journal event written before an order goes to the venue: after a crash, every order so
/// recorded and not settled is looked up by its client order id, never sent again. Immutable.
/// </summary>
/// <param name="ClientOrderId">The order's client id (<c>0x</c> + 32 hex digits), derived from the intent.</param>
/// <param name="IntentId">The intent it serves.</param>
/// <param name="Role">Entry, stop, target or exit.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">Market, limit, stop-market or take-profit.</param>
/// <param name="Size">Size in base units.</param>
/// <param name="LimitPrice">Limit (or worst acceptable) price, if any.</param>
/// <param name="TriggerPrice">Trigger of stop and take-profit orders.</param>
/// <param name="ReduceOnly">Whether it may only reduce a position.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="ProtectiveStop">For an entry: the stop placed venue-side once it fills (journaled with it, so a restart still knows it).</param>
/// <param name="ProtectiveTarget">For an entry: the target placed venue-side once it fills.</param>
public sealed record OrderRequested(
    string ClientOrderId,
    string IntentId,
    OrderRole Role,
    string Symbol,
    Side Side,
    OrderType Type,
    decimal Size,
    decimal? LimitPrice,
    decimal? TriggerPrice,
    bool ReduceOnly,
    DateTimeOffset At,
    decimal? ProtectiveStop = null,
    decimal? ProtectiveTarget = null) : IJournalEvent;
