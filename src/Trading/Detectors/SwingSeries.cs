namespace FractalTrader.Trading.Detectors;

/// <summary>
/// Swing highs and lows per bar: the price at a swing bar, NaN elsewhere (the original's shape).
/// Treat as immutable.
/// </summary>
/// <param name="Highs">Swing-high price at each swing-high bar, NaN elsewhere.</param>
/// <param name="Lows">Swing-low price at each swing-low bar, NaN elsewhere.</param>
public sealed record SwingSeries(double[] Highs, double[] Lows);
