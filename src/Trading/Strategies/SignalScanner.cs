using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies.BosOrderBlock;
using FractalTrader.Trading.Strategies.FvgFill;
using FractalTrader.Trading.Strategies.LiquiditySweep;

namespace FractalTrader.Trading.Strategies;

/// <summary>
/// Batch evaluation: a strategy over a whole series, returning every historical setup in the
/// original's order (what the Python bot's <c>generate_signals</c> returns). To act on closed
/// candles use <see cref="Live.SymbolSignalEngine"/>, which reports only the newest candle's
/// setups. Stateless and thread-safe.
/// </summary>
public static class SignalScanner
{
    /// <summary>Every signal the strategy finds in <paramref name="series"/>, in the original's order.</summary>
    /// <exception cref="ArgumentException">The parameters are invalid; the message names the parameter.</exception>
    public static IReadOnlyList<Signal> Scan(CandleSeries series, StrategyParameters parameters, string symbol, Timeframe timeframe)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        var drafts = Drafts(series, parameters);
        var signals = new List<Signal>(drafts.Count);
        foreach (var draft in drafts)
        {
            var factors = SignalConfidence.Measure(series.Open, series.High, series.Low, series.Close, series.Volume, draft.Bar, parameters.AtrPeriod);
            var confidence = SignalConfidence.Score(parameters.Kind, factors);
            if (draft.ToSignal(parameters.Kind, symbol, timeframe, series.OpenTime(draft.Bar), confidence) is { } signal)
            {
                signals.Add(signal);
            }
        }

        return signals;
    }

    internal static List<SignalDraft> Drafts(CandleSeries series, StrategyParameters parameters) => parameters switch
    {
        LiquiditySweepParameters p => LiquiditySweepScan.Drafts(series, p),
        FvgFillParameters p => FvgFillScan.Drafts(series, p),
        BosOrderBlockParameters p => BosOrderBlockScan.Drafts(series, p),
        _ => throw new ArgumentOutOfRangeException(nameof(parameters), parameters, "Unknown strategy parameters."),
    };
}
