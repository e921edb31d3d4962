namespace FractalTrader.Exchange.Accounts;

/// <summary>Account equity and margin (Hyperliquid <c>marginSummary</c>). Immutable.</summary>
/// <param name="Equity">Account value: balance plus unrealized PnL.</param>
/// <param name="MarginUsed">Margin held by positions.</param>
/// <param name="TotalNotional">Sum of position notionals at mark.</param>
/// <param name="Withdrawable">What could be withdrawn now.</param>
public sealed record AccountSummary(decimal Equity, decimal MarginUsed, decimal TotalNotional, decimal Withdrawable);
