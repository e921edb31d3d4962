namespace FractalTrader.Trading.Detectors;

/// <summary>Which liquidity sweeps to look for.</summary>
public enum SweepDirection
{
    /// <summary>Price breaks below a level, then closes back above it.</summary>
    Bullish,

    /// <summary>Price breaks above a level, then closes back below it.</summary>
    Bearish,

    /// <summary>Both; the bullish test is evaluated first for each level.</summary>
    Both,
}
