using FractalTrader.Trading.Detectors;
using FractalTrader.Trading.Numerics;

namespace FractalTrader.Trading.Tests.Detectors;

/// <summary>The original's documented behaviours and quirks (spec §3, §9), one by one.</summary>
public sealed class DetectorBehaviourTests
{
    private static double[] Nan(int length) => Enumerable.Repeat(double.NaN, length).ToArray();

    [Fact]
    public void Fewer_than_2n_plus_1_bars_give_no_swings()
    {
        var swings = SwingPoints.Find([1, 2, 3, 2, 1], [1, 2, 3, 2, 1], 5);

        swings.Highs.Should().OnlyContain(v => double.IsNaN(v));
        swings.Lows.Should().OnlyContain(v => double.IsNaN(v));
    }

    [Fact]
    public void Flat_tops_are_never_swings_and_a_bar_can_be_both_high_and_low()
    {
        double[] high = [1, 2, 5, 5, 2, 1, 9, 1, 0];
        double[] low = [5, 4, 3, 3, 4, 5, 0.5, 5, 6];

        var swings = SwingPoints.Find(high, low, 1);

        swings.Highs[2].Should().Be(double.NaN, "5 equals its neighbour");
        swings.Highs[6].Should().Be(9);
        swings.Lows[6].Should().Be(0.5, "bar 6 is both");
    }

    [Fact]
    public void A_ranging_verdict_never_returns_the_trend_to_zero()
    {
        var highs = Nan(12);
        var lows = Nan(12);
        (highs[1], lows[2], highs[3], lows[4]) = (10, 5, 11, 6);   // HH + HL -> 1 at bar 4
        (highs[6], lows[8]) = (12, 4);                              // HH + LL -> 0 (ranging)

        var trend = MarketTrend.Determine(highs, lows);

        trend[4].Should().Be(1);
        trend[8].Should().Be(1, "the 0 verdict is forward-filled over");
        trend[11].Should().Be(1);
        trend[0].Should().Be(0);
    }

    [Fact]
    public void A_break_on_a_bar_that_is_itself_a_new_swing_is_swallowed()
    {
        double[] close = [1, 1, 3, 1, 1];
        var highs = Nan(5);
        highs[0] = 2;
        highs[2] = 3.5;

        var breaks = StructureBreaks.Detect(close, highs, Nan(5));

        breaks.BullishBos.Should().OnlyContain(b => !b, "bar 2 closes above 2 but replaces the level first");
    }

    [Fact]
    public void Overlapping_equal_level_clusters_share_a_price()
    {
        var highs = Nan(30);
        (highs[5], highs[10], highs[15]) = (100, 100.09, 100.18);

        var levels = EqualLevels.Find(highs, 0.001);

        levels[10].Should().Be((100 + 100.09) / 2);
        levels[15].Should().Be((100.09 + 100.18) / 2);
        var three = EqualLevels.Find(highs, 0.001, minTouches: 3);
        three[15].Should().Be((100 + 100.09 + 100.18) / 3, "seeded at 100.09, both others are within 0.1%");
        three.Count(v => !double.IsNaN(v)).Should().Be(1);
    }

    [Fact]
    public void A_sweep_is_flagged_at_the_reversal_bar_and_exact_touches_are_not_breaches()
    {
        double[] high = [99, 99, 99, 99, 102, 98, 98];
        double[] low = [97, 97, 97, 97, 97, 96, 96];
        double[] close = [98, 98, 98, 98, 100, 97, 97];
        var levels = Nan(7);
        levels[2] = 99;

        LiquiditySweeps.Detect(high, low, close, levels, 3, SweepDirection.Bearish).Should().Equal(false, false, false, false, false, true, false);

        double[] touching = [99, 99, 99, 99, 99, 99, 99];
        LiquiditySweeps.Detect(touching, low, close, levels, 3, SweepDirection.Bearish).Should().OnlyContain(f => !f);
    }

    [Fact]
    public void Partial_fill_is_the_lower_part_of_the_gap_for_both_directions()
    {
        var gap = new FairValueGap(2, 100, 110);

        gap.FillZone(FvgFillMode.Partial, 0.5).Should().Be((100.0, 105.0));
        gap.FillZone(FvgFillMode.Full, 0.5).Should().Be((100.0, 110.0));
        gap.RelativeSize.Should().Be(0.1);
    }

    [Fact]
    public void Gap_size_filter_is_inclusive_and_relative_to_the_lower_edge()
    {
        double[] high = [100, 100.02, 101];
        double[] low = [99, 99.5, 100.05];

        FairValueGaps.Find(high, low, 0.0001).Bullish.Should().ContainSingle().Which.Should().Be(new FairValueGap(2, 100, 100.05));
        FairValueGaps.Find(high, low, 0.01).Bullish.Should().BeEmpty();
        FairValueGaps.Find(high.AsSpan(0, 2), low.AsSpan(0, 2)).Bullish.Should().BeEmpty();
    }

    [Fact]
    public void Order_blocks_need_an_opposite_candle_before_an_impulse_and_never_dojis()
    {
        double[] open = [100, 101, 102, 103, 102, 102];
        double[] close = [101, 102, 103, 102, 110, 102];
        double[] high = [102, 103, 104, 104, 111, 103];
        double[] low = [99, 100, 101, 101, 101, 101];

        var (bullish, bearish) = OrderBlocks.Find(open, high, low, close, 0.05);

        bullish.Should().ContainSingle().Which.Should().Be(new OrderBlock(3, 101, 104));
        bearish.Should().ContainSingle().Which.Bar.Should().Be(4, "the up candle before the drop to 102");
        OrderBlocks.Find([1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], 0.01).Bullish.Should().BeEmpty();
    }

    [Fact]
    public void Atr_is_a_simple_mean_of_true_range_starting_at_period_minus_one()
    {
        double[] high = [10, 12, 11, 13];
        double[] low = [8, 9, 9, 10];
        double[] close = [9, 11, 10, 12];

        var atr2 = AverageTrueRange.Compute(high, low, close, 2);

        atr2[0].Should().Be(double.NaN);
        atr2[1].Should().Be((2 + 3) / 2.0, "bar 0 has no previous close: high - low");
        atr2[3].Should().Be((2 + 3) / 2.0);
        AverageTrueRange.Compute(high.AsSpan(0, 3), low.AsSpan(0, 3), close.AsSpan(0, 3), 14).Should().OnlyContain(v => double.IsNaN(v));
    }

    [Fact]
    public void Rolling_mean_returns_the_value_itself_over_a_run_of_equal_values()
    {
        var values = Enumerable.Repeat(0.1, 20).ToArray();
        var output = new double[20];

        RollingMean.Compute(values, 14, 14, output);

        output[13].Should().Be(0.1, "pandas' GH#42064 shortcut, not a rounded 1.4 / 14");
        output[19].Should().Be(0.1);
    }

    [Fact]
    public void Numpy_summation_uses_eight_accumulators_above_seven_values()
    {
        double[] values = [1e16, 1, 1, 1, 1, 1, 1, 1, -1e16, 1];

        // numpy: ((1e16+1)+(1+1)) + ((1+1)+(1+1)) = 1e16+6, then -1e16 and +1; a straight sum loses every 1 to rounding.
        PairwiseSum.Of(values).Should().Be(7);
        values.Sum().Should().Be(1);
    }
}
