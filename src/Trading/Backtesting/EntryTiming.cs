namespace FractalTrader.Trading.Backtesting;

/// <summary>When a signal's entry is filled.</summary>
public enum EntryTiming
{
    /// <summary>At the open of the bar after the signal bar (the default: the signal is only known at its close).</summary>
    NextBarOpen,

    /// <summary>At the signal bar's close (optimistic: assumes an order at the very close).</summary>
    SignalBarClose,
}
