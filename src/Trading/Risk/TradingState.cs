namespace FractalTrader.Trading.Risk;

/// <summary>What the trading system may do.</summary>
public enum TradingState
{
    /// <summary>Entries and exits allowed.</summary>
    Active,

    /// <summary>Exits only: no new positions (a daily limit was hit or an operator asked).</summary>
    Reducing,

    /// <summary>No new positions until an explicit resume (or the configured cooldown).</summary>
    Halted,
}
