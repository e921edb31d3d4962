using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Trading.Tests.Strategies.Live;

/// <summary>Drives the live engine and the batch scan over the same candles and compares them bar by bar.</summary>
public static class IncrementalMatchesBatch
{
    /// <summary>
    /// For every bar t: the live engine's signals after candle t must equal the batch scan over the
    /// window ending at t, restricted to bar t. Returns a description of the first difference, or null.
    /// </summary>
    public static string? FirstDifference(IReadOnlyList<Candle> candles, IReadOnlyList<StrategyParameters> strategies, int window)
    {
        var series = CandleSeries.From(candles);
        var engine = new SymbolSignalEngine("TEST", Timeframe.H1, strategies, window);
        for (var t = 0; t < candles.Count; t++)
        {
            var live = engine.OnClosedCandle(candles[t]);
            var start = Math.Max(0, t - window + 1);
            var slice = series.Slice(start, t - start + 1);
            var batch = strategies
                .SelectMany(p => SignalScanner.Scan(slice, p, "TEST", Timeframe.H1))
                .Where(s => s.Bar == t - start)
                .ToList();
            var liveText = string.Join("\n", live.Select(s => Describe(s, t)));
            var batchText = string.Join("\n", batch.Select(s => Describe(s, t)));
            if (!string.Equals(liveText, batchText, StringComparison.Ordinal))
            {
                return $"bar {t} (window {window}):\nlive:\n{liveText}\nbatch:\n{batchText}";
            }
        }

        return null;
    }

    private static string Describe(Signal s, int bar) =>
        FormattableString.Invariant(
            $"{bar} {s.Id} {s.Strategy} {s.Direction} {s.BarTime:O} e={s.Entry} sl={s.StopLoss} tp={s.TakeProfit} c={s.Confidence} rr={s.RiskReward:R} {s.SignalType} {string.Join(",", s.Levels.Select(l => $"{l.Key}={l.Value}"))}");
}
