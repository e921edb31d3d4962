using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Backtesting;

/// <summary>Equity at a bar close, with whether a position was open during the bar. Immutable.</summary>
/// <param name="Time">Close time of the bar.</param>
/// <param name="Equity">Cash plus open profit at the close.</param>
/// <param name="InMarket">Whether any position was open.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct EquityPoint(DateTimeOffset Time, double Equity, bool InMarket);
