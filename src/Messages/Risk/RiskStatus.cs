namespace FractalTrader.Messages.Risk;

/// <summary>The risk guardian's state as an operator sees it. Immutable.</summary>
/// <param name="State">Trading state.</param>
/// <param name="Reason">Why it is in that state.</param>
/// <param name="Since">When that state began.</param>
/// <param name="TradingEnabled">Whether the first reconciliation has passed (no entry goes out before).</param>
/// <param name="Equity">Latest equity, or null before the first mark.</param>
/// <param name="HighWaterMark">Equity high-water mark.</param>
/// <param name="ConsecutiveLosses">Losing trades in a row.</param>
/// <param name="SignalsDecided">Signals decided since the journal began.</param>
public sealed record RiskStatus(
    RiskState State,
    string Reason,
    DateTimeOffset Since,
    bool TradingEnabled,
    decimal? Equity,
    decimal HighWaterMark,
    int ConsecutiveLosses,
    long SignalsDecided);
