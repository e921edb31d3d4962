using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.Backtesting;

/// <summary>One completed round trip. Money in decimal. Immutable.</summary>
public sealed record BacktestTrade
{
    /// <summary>The traded symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>The strategy whose signal opened it.</summary>
    public required StrategyKind Strategy { get; init; }

    /// <summary>The signal that opened it.</summary>
    public required SignalId SignalId { get; init; }

    /// <summary>Long or short.</summary>
    public required TradeDirection Direction { get; init; }

    /// <summary>Size in base units.</summary>
    public required decimal Size { get; init; }

    /// <summary>Fill time of the entry.</summary>
    public required DateTimeOffset EntryTime { get; init; }

    /// <summary>Entry fill price (slippage included).</summary>
    public required decimal EntryPrice { get; init; }

    /// <summary>The stop the trade was opened with.</summary>
    public required decimal StopLoss { get; init; }

    /// <summary>The target the trade was opened with.</summary>
    public required decimal TakeProfit { get; init; }

    /// <summary>Fill time of the exit.</summary>
    public required DateTimeOffset ExitTime { get; init; }

    /// <summary>Exit fill price (slippage included).</summary>
    public required decimal ExitPrice { get; init; }

    /// <summary>Why it ended.</summary>
    public required ExitReason ExitReason { get; init; }

    /// <summary>Entry and exit fees.</summary>
    public required decimal Fees { get; init; }

    /// <summary>Profit after fees.</summary>
    public required decimal NetPnl { get; init; }

    /// <summary>Net profit in multiples of the initial risk (entry to stop × size).</summary>
    public required decimal RMultiple { get; init; }

    /// <summary>Bars from entry to exit.</summary>
    public required int BarsHeld { get; init; }
}
