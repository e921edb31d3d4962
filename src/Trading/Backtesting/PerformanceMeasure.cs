using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Backtesting;

/// <summary>Computes <see cref="PerformanceMetrics"/> from an equity curve and trades. Stateless and thread-safe.</summary>
public static class PerformanceMeasure
{
    private static readonly TimeSpan Year = TimeSpan.FromDays(365);

    /// <summary>Figures for a run that started with <paramref name="initial"/> and ended with <paramref name="final"/>.</summary>
    /// <param name="initial">Starting equity.</param>
    /// <param name="final">Final equity.</param>
    /// <param name="equity">Equity at each bar close.</param>
    /// <param name="trades">Completed trades.</param>
    /// <param name="interval">Bar interval, for annualising.</param>
    public static PerformanceMetrics Of(decimal initial, decimal final, IReadOnlyList<EquityPoint> equity, IReadOnlyCollection<BacktestTrade> trades, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(equity);
        var periodsPerYear = Year / interval;
        var (sharpe, sortino) = RiskAdjusted((double)initial, equity, periodsPerYear);
        var (depth, duration) = Drawdown((double)initial, equity, interval);
        var totalReturn = initial > 0 ? (double)(final / initial) - 1 : 0;
        var years = equity.Count * interval / Year;
        var cagr = years > 0 && initial > 0 ? (final > 0 ? Math.Pow((double)(final / initial), 1 / years) - 1 : -1) : 0;
        var inMarket = 0;
        foreach (ref readonly var point in Points(equity))
        {
            inMarket += point.InMarket ? 1 : 0;
        }

        return new PerformanceMetrics
        {
            InitialEquity = initial,
            FinalEquity = final,
            TotalReturn = totalReturn,
            Cagr = cagr,
            Sharpe = sharpe,
            Sortino = sortino,
            MaxDrawdown = depth,
            MaxDrawdownDuration = duration,
            Exposure = equity.Count > 0 ? (double)inMarket / equity.Count : 0,
            Trades = TradeStatistics.Of(trades),
        };
    }

    /// <summary>Sharpe and Sortino of bar returns (risk-free 0), annualised; 0 when undefined.</summary>
    internal static (double Sharpe, double Sortino) RiskAdjusted(double initial, IReadOnlyList<EquityPoint> equity, double periodsPerYear)
    {
        if (equity.Count < 2 || initial <= 0)
        {
            return (0, 0);
        }

        var previous = initial;
        var sum = 0.0;
        var sumSquares = 0.0;
        var downside = 0.0;
        foreach (ref readonly var point in Points(equity))
        {
            var r = previous > 0 ? (point.Equity / previous) - 1 : 0;
            sum += r;
            sumSquares += r * r;
            downside += r < 0 ? r * r : 0;
            previous = point.Equity;
        }

        var n = equity.Count;
        var mean = sum / n;
        var variance = (sumSquares - (n * mean * mean)) / (n - 1);
        var deviation = variance > 0 ? Math.Sqrt(variance) : 0;
        var downsideDeviation = Math.Sqrt(downside / n);
        var annual = Math.Sqrt(periodsPerYear);
        return (deviation > 0 ? mean / deviation * annual : 0, downsideDeviation > 0 ? mean / downsideDeviation * annual : 0);
    }

    /// <summary>Deepest fall from a running peak and the longest time below a peak.</summary>
    internal static (double Depth, TimeSpan Duration) Drawdown(double initial, IReadOnlyList<EquityPoint> equity, TimeSpan interval)
    {
        var peak = initial;
        var peakIndex = -1;
        var depth = 0.0;
        var longest = 0;
        var points = Points(equity);
        for (var i = 0; i < points.Length; i++)
        {
            var value = points[i].Equity;
            if (value >= peak)
            {
                peak = value;
                peakIndex = i;
                continue;
            }

            depth = Math.Max(depth, 1 - (value / peak));
            longest = Math.Max(longest, i - peakIndex);
        }

        return (depth, interval * longest);
    }

    /// <summary>The curve as a span (no copy for a list or an array): a million bars are walked three times, without an interface call per bar.</summary>
    private static ReadOnlySpan<EquityPoint> Points(IReadOnlyList<EquityPoint> equity) => equity switch
    {
        EquityPoint[] array => array,
        List<EquityPoint> list => CollectionsMarshal.AsSpan(list),
        _ => equity.ToArray(),
    };
}
