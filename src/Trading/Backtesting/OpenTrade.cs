using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.Backtesting;

/// <summary>A position held in a backtest, with what its trade record needs. Mutable only by the run.</summary>
internal sealed class OpenTrade(Signal signal, Position position, DateTimeOffset entryTime, decimal entryFee, int entryStep)
{
    public Signal Signal { get; } = signal;

    public Position Position { get; } = position;

    public DateTimeOffset EntryTime { get; } = entryTime;

    public decimal EntryFee { get; } = entryFee;

    public int EntryStep { get; } = entryStep;

    /// <summary>Stop as a double, to test bars without decimal arithmetic.</summary>
    public double Stop { get; } = (double)signal.StopLoss;

    /// <summary>Target as a double, to test bars without decimal arithmetic.</summary>
    public double Target { get; } = (double)signal.TakeProfit;
}
