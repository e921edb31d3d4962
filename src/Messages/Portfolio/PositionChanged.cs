namespace FractalTrader.Messages.Portfolio;

/// <summary>
/// The ledger's position in a symbol changed (a fill or a correction); the router re-sizes
/// protection and the risk guardian counts entries and closed trades from it. Immutable.
/// </summary>
/// <param name="Symbol">Coin.</param>
/// <param name="PreviousSignedSize">Signed size before.</param>
/// <param name="SignedSize">Signed size now.</param>
/// <param name="EntryPrice">Average entry now (0 when flat).</param>
/// <param name="ClosedTradePnl">When the position just went flat (or flipped): the closed trade's realized PnL after fees.</param>
/// <param name="ClientOrderId">The client order id of the fill that changed it, null for a correction.</param>
/// <param name="At">When.</param>
public sealed record PositionChanged(
    string Symbol,
    decimal PreviousSignedSize,
    decimal SignedSize,
    decimal EntryPrice,
    decimal? ClosedTradePnl,
    string? ClientOrderId,
    DateTimeOffset At);
