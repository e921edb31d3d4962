namespace FractalTrader.Trading.Backtesting;

/// <summary>Why a backtest trade ended.</summary>
public enum ExitReason
{
    /// <summary>The stop was touched (also when stop and target were both touched in one bar: the pessimistic rule).</summary>
    StopLoss,

    /// <summary>The target was touched.</summary>
    TakeProfit,

    /// <summary>The data ended with the position open; closed at the last close.</summary>
    EndOfData,
}
