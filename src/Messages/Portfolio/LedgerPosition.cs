namespace FractalTrader.Messages.Portfolio;

/// <summary>One symbol's position in the ledger; the sign of <paramref name="SignedSize"/> is its direction. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="SignedSize">Positive long, negative short, 0 flat.</param>
/// <param name="EntryPrice">Average entry (0 when flat).</param>
/// <param name="RealizedPnl">Realized PnL of the current trade so far (partial closes), before fees.</param>
/// <param name="Fees">Fees paid on the current trade so far.</param>
/// <param name="OpenedAt">When the current trade opened, null when flat.</param>
public sealed record LedgerPosition(string Symbol, decimal SignedSize, decimal EntryPrice, decimal RealizedPnl, decimal Fees, DateTimeOffset? OpenedAt);
