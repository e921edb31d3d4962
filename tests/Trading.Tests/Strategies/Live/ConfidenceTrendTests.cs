using FractalTrader.Trading.Numerics;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;
using FractalTrader.Trading.Tests.MarketData;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.Strategies.Live;

public sealed class ConfidenceTrendTests
{
    [Fact]
    public void Trend_from_swing_marks_equals_the_batch_confidence_trend_on_every_bar()
    {
        var cases =
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from count in Gen.Choose(20, 400)
            from window in Gen.Choose(12, 160)
            from inconsistent in Gen.Elements(false, true)
            from shared in Gen.Elements(false, true)
            select (seed, count, window, inconsistent, shared);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var bars = new BarHistory(c.window);
            // With a strategy's tracker of the same period the marks are its verdicts; without, the trend tests itself.
            var swings = c.shared ? new SwingTracker(bars, ConfidenceTrend.Period) : null;
            var trend = new ConfidenceTrend(bars, swings);
            var checkedBars = 0;
            foreach (var candle in RandomWalk.Generate(c.seed, c.count, c.inconsistent))
            {
                bars.Append(ExactDouble.From(candle.Open), ExactDouble.From(candle.High), ExactDouble.From(candle.Low), ExactDouble.From(candle.Close), ExactDouble.From(candle.Volume));
                swings?.OnBar();
                trend.OnBar();
                var start = bars.Start;
                var windowStart = Math.Max(start, bars.Last - SignalConfidence.Lookback);
                if (bars.Last - windowStart + 1 < ConfidenceTrend.MinimumLength)
                {
                    continue;
                }

                var batch = SignalConfidence.Measure(bars.OpensFrom(start), bars.HighsFrom(start), bars.LowsFrom(start), bars.ClosesFrom(start), bars.VolumesFrom(start), bars.Last - start, 14);
                var marked = SignalConfidence.Measure(bars.OpensFrom(start), bars.HighsFrom(start), bars.LowsFrom(start), bars.ClosesFrom(start), bars.VolumesFrom(start), bars.Last - start, 14, trend.Measure(windowStart));
                if (marked != batch)
                {
                    return false.Label($"bar {bars.Last} (window {c.window}, shared tracker {c.shared}): marks {marked}, batch {batch}");
                }

                checkedBars++;
            }

            return (checkedBars > 0 || c.count < ConfidenceTrend.MinimumLength || c.window < ConfidenceTrend.MinimumLength).Label("some bar was compared");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
