namespace FractalTrader.Trading.Ledger;

/// <summary>What one fill did to a position. Immutable.</summary>
/// <param name="Before">The position before.</param>
/// <param name="After">The position after.</param>
/// <param name="RealizedPnl">PnL realized by the part that reduced the position, before fees.</param>
/// <param name="ClosedTradePnl">When the fill closed (or flipped) the position: the whole trade's realized PnL after its fees.</param>
public sealed record FillEffect(HeldPosition Before, HeldPosition After, decimal RealizedPnl, decimal? ClosedTradePnl);
