using FractalTrader.Trading.Numerics;

namespace FractalTrader.Trading.Detectors;

/// <summary>
/// Equal highs or lows — liquidity pools (spec §3.4): swing prices within a relative tolerance of
/// a seed are clustered; a cluster with enough touches writes its mean at the bar of its latest
/// member. Stateless and thread-safe.
/// </summary>
public static class EqualLevels
{
    /// <summary>The default relative tolerance (0.1%).</summary>
    public const double DefaultTolerance = 0.001;

    /// <summary>Cluster means at each cluster's last-touch bar, NaN elsewhere.</summary>
    /// <param name="swings">One side's swing series (price at swing bars, NaN elsewhere).</param>
    /// <param name="tolerance">Relative tolerance to the seed price, inclusive.</param>
    /// <param name="minTouches">Members a cluster needs.</param>
    public static double[] Find(ReadOnlySpan<double> swings, double tolerance = DefaultTolerance, int minTouches = 2)
    {
        var result = new double[swings.Length];
        Array.Fill(result, double.NaN);
        var bars = new List<int>();
        var prices = new List<double>();
        for (var i = 0; i < swings.Length; i++)
        {
            if (!double.IsNaN(swings[i]))
            {
                bars.Add(i);
                prices.Add(swings[i]);
            }
        }

        if (prices.Count < minTouches)
        {
            return result;
        }

        var clusters = Cluster(prices.ToArray(), tolerance, minTouches);
        foreach (var (lastMember, mean) in clusters)
        {
            result[bars[lastMember]] = mean;
        }

        return result;
    }

    /// <summary>
    /// The original's clustering over prices in time order: for each price not yet in a cluster,
    /// every price within tolerance of it (earlier or later, clustered or not) forms its cluster.
    /// Returns, in seed order, each cluster's latest member position and its numpy mean.
    /// </summary>
    internal static List<(int LastMember, double Mean)> Cluster(ReadOnlySpan<double> prices, double tolerance, int minTouches)
    {
        var clusters = new List<(int, double)>();
        var assigned = new bool[prices.Length];
        var members = new double[prices.Length];
        for (var i = 0; i < prices.Length; i++)
        {
            if (assigned[i])
            {
                continue;
            }

            var seed = prices[i];
            var count = 0;
            var last = -1;
            for (var j = 0; j < prices.Length; j++)
            {
                if (IsWithin(prices[j], seed, tolerance))
                {
                    members[count++] = prices[j];
                    last = j;
                }
            }

            if (count < minTouches)
            {
                continue;
            }

            for (var j = 0; j < prices.Length; j++)
            {
                if (IsWithin(prices[j], seed, tolerance))
                {
                    assigned[j] = true;
                }
            }

            clusters.Add((last, PairwiseSum.Mean(members.AsSpan(0, count))));
        }

        return clusters;
    }

    /// <summary>The original's membership test: |value − seed| / seed ≤ tolerance.</summary>
    internal static bool IsWithin(double value, double seed, double tolerance) => Math.Abs(value - seed) / seed <= tolerance;
}
