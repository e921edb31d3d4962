using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.BosOrderBlock;
using FractalTrader.Trading.Strategies.FvgFill;
using FractalTrader.Trading.Strategies.Live;
using FractalTrader.Trading.Strategies.LiquiditySweep;
using FractalTrader.Trading.Tests.MarketData;
using FractalTrader.Trading.Tests.Oracle;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.Strategies.Live;

public sealed class SymbolSignalEngineTests
{
    private static readonly StrategyParameters[] Defaults = [.. StrategyKind.All.Select(StrategyParameters.DefaultFor)];

    public static TheoryData<string> Datasets => [.. FractalTraderOracle.Datasets];

    [Fact]
    public void Incremental_signals_equal_batch_signals_restricted_to_each_newest_bar()
    {
        var cases =
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from count in Gen.Choose(40, 220)
            from window in Gen.Choose(24, 260)
            from swing in Gen.Choose(2, 6)
            from reversal in Gen.Choose(1, 4)
            from validity in Gen.Choose(5, 40)
            from gap in Gen.Elements(0.0005, 0.001, 0.002, 0.005)
            from impulse in Gen.Elements(0.002, 0.005, 0.01)
            from inconsistent in Gen.Elements(false, false, true)
            select (seed, count, window, swing, reversal, validity, gap, impulse, inconsistent);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            StrategyParameters[] strategies =
            [
                new LiquiditySweepParameters { SwingPeriod = c.swing, MaxReversalBars = c.reversal },
                new FvgFillParameters { MinGapPercent = c.gap },
                new BosOrderBlockParameters { SwingPeriod = c.swing, ObValidityBars = c.validity, MinImpulsePercent = c.impulse },
            ];
            var window = Math.Max(c.window, (2 * c.swing) + 2);
            var candles = RandomWalk.Generate(c.seed, c.count, c.inconsistent);
            var difference = IncrementalMatchesBatch.FirstDifference(candles, strategies, window);
            return difference is null ? true.ToProperty() : false.Label(difference);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(120));
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Incremental_equals_batch_on_every_prefix_of_the_golden_dataset(string dataset)
    {
        var candles = FractalTraderOracle.Candles(dataset);

        IncrementalMatchesBatch.FirstDifference(candles, Defaults, SymbolSignalEngine.DefaultWindow).Should().BeNull();
    }

    [Fact]
    public void Live_engine_only_ever_emits_signals_for_the_newest_candle()
    {
        var candles = FractalTraderOracle.Candles("random_walk_seed3");
        var engine = new SymbolSignalEngine("BTC", Timeframe.H1, Defaults);
        var emitted = new List<Signal>();
        foreach (var candle in candles)
        {
            var signals = engine.OnClosedCandle(candle);
            signals.Where(s => s.BarTime != candle.OpenTime).Should().BeEmpty();
            emitted.AddRange(signals);
        }

        var batch = SignalScanner.Scan(CandleSeries.From(candles), Defaults[0], "BTC", Timeframe.H1);
        batch.Should().HaveCountGreaterThan(10, "the original's batch view of the same window holds dozens of historical setups");
        emitted.Should().NotBeEmpty();
        emitted.Select(s => s.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_candle_that_is_not_after_the_previous_one_is_rejected_naming_the_symbol()
    {
        var candles = FractalTraderOracle.Candles("random_walk_seed8");
        var engine = new SymbolSignalEngine("ETH", Timeframe.H1, Defaults);
        engine.OnClosedCandle(candles[1]);

        var act = () => engine.OnClosedCandle(candles[0]);

        act.Should().Throw<CandleDataException>().WithMessage("ETH: candle *is not after the previous one*");
    }

    [Fact]
    public void A_window_too_short_for_the_swing_period_is_refused()
    {
        var act = () => new SymbolSignalEngine("BTC", Timeframe.H1, [new LiquiditySweepParameters { SwingPeriod = 10 }], window: 20);

        act.Should().Throw<ArgumentException>().WithMessage("*window of 20 candles is too short for swing period 10*");
    }
}
