using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Risk;

/// <summary>
/// Journal event: the risk guardian decided a signal (once, ever): approved with a size and the
/// order intent it became, or refused with the rule that refused it. Immutable.
/// </summary>
/// <param name="SignalId">The signal.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="Timeframe">Bar interval.</param>
/// <param name="BarTime">Open time of the trigger bar.</param>
/// <param name="Direction">Long or short.</param>
/// <param name="Approved">Whether an entry order was sized.</param>
/// <param name="Reason">The refusing rule, or how the size was reached.</param>
/// <param name="Size">Entry size in base units (0 when refused).</param>
/// <param name="IntentId">The order intent made from it, null when refused.</param>
/// <param name="At">When it was decided.</param>
public sealed record SignalDecided(
    string SignalId,
    string Strategy,
    string Symbol,
    string Timeframe,
    DateTimeOffset BarTime,
    Direction Direction,
    bool Approved,
    string Reason,
    decimal Size,
    string? IntentId,
    DateTimeOffset At) : IJournalEvent;
