using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Risk;

/// <summary>Journal event: a position closed with this realized PnL (the losing-streak breaker counts these). Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="RealizedPnl">Realized profit or loss of the trade, after fees.</param>
/// <param name="At">When.</param>
public sealed record TradeCloseRecorded(string Symbol, decimal RealizedPnl, DateTimeOffset At) : IJournalEvent;
