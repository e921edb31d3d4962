using System.Text.Json;
using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.MarketData.Synthetic;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.FvgFill;
using FractalTrader.Trading.Strategies.LiquiditySweep;
using FractalTrader.Trading.WalkForward;
using FractalTrader.Trading.WalkForward.Reports;

namespace FractalTrader.Trading.Tests.WalkForward;

public sealed class WalkForwardAnalysisTests
{
    private static readonly Lazy<BacktestMarket> Btc = new(() =>
    {
        var candles = SyntheticMarket.Generate([SyntheticSymbol.For("BTC")], Timeframe.H1, 1_500, seed: 11, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))["BTC"];
        return new BacktestMarket("BTC", Timeframe.H1, CandleSeries.From(candles));
    });

    private static WalkForwardOptions Options(int parallelism = 2, WindowScheme scheme = WindowScheme.Rolling) => new()
    {
        TrainBars = 400,
        TestBars = 250,
        Scheme = scheme,
        MaxDegreeOfParallelism = parallelism,
        Objective = Objective.TotalReturn,
        Backtest = new BacktestOptions { Window = 200 },
    };

    [Fact]
    public void Rolling_windows_slide_and_anchored_windows_grow_from_the_first_bar()
    {
        var rolling = WalkForwardAnalysis.Splits(1_000, Options() with { TrainBars = 300, TestBars = 300 });
        var anchored = WalkForwardAnalysis.Splits(1_000, Options(scheme: WindowScheme.Anchored) with { TrainBars = 300, TestBars = 300 });

        rolling.Should().Equal((0, 300, 600), (300, 600, 900), (600, 900, 1_000));
        anchored.Should().Equal((0, 300, 600), (0, 600, 900), (0, 900, 1_000));
    }

    [Fact]
    public void Windows_that_do_not_fit_the_data_are_refused_with_the_numbers()
    {
        var act = () => WalkForwardAnalysis.Splits(500, Options());

        act.Should().Throw<ArgumentException>().WithMessage("Training 400 + testing 250 bars do not fit in 500 bars.*");
    }

    [Fact]
    public void The_grid_is_the_cartesian_product_of_the_listed_values()
    {
        StrategyParameters[] strategies = [new LiquiditySweepParameters(), new FvgFillParameters()];

        var grid = ParameterGrid.Parse(strategies, ["liquidity_sweep.swing_period=3,5,7", "fvg_fill.min_gap_percent=0.001,0.003"]);

        grid.Count.Should().Be(6);
        var candidates = grid.Candidates();
        candidates.Select(c => ((LiquiditySweepParameters)c[0]).SwingPeriod).Should().Equal(3, 3, 5, 5, 7, 7);
        candidates.Select(c => ((FvgFillParameters)c[1]).MinGapPercent).Should().Equal(0.001, 0.003, 0.001, 0.003, 0.001, 0.003);
        grid.Describe(candidates[3]).Select(p => $"{p.Key}={p.Value}").Should().Equal("liquidity_sweep.swing_period=5", "fvg_fill.min_gap_percent=0.003");
    }

    [Theory]
    [InlineData("fvg_fill.swing=3", "*has no parameter 'swing'*")]
    [InlineData("bos_orderblock.swing_period=3", "*names strategy bos_orderblock, which is not being tested*")]
    [InlineData("fvg_fill.min_gap_percent=abc", "*'abc' is not a number*")]
    [InlineData("fvg_fill.min_gap_percent", "*is not 'strategy.parameter=v1,v2,...'*")]
    [InlineData("fvg_fill.max_gap_age_bars=2.5", "*must be a whole number*")]
    public void Bad_grid_specs_are_refused_naming_the_spec(string spec, string message)
    {
        var act = () => ParameterGrid.Parse([new FvgFillParameters()], [spec]);

        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void Results_do_not_depend_on_the_degree_of_parallelism()
    {
        var grid = ParameterGrid.Parse([new FvgFillParameters()], []);

        var serial = WalkForwardAnalysis.Run([Btc.Value], grid, Options(parallelism: 1));
        var parallel = WalkForwardAnalysis.Run([Btc.Value], grid, Options(parallelism: 2));

        serial.Windows.Should().HaveCount(5);
        parallel.Windows.Select(w => w.ChosenValues).Should().BeEquivalentTo(serial.Windows.Select(w => w.ChosenValues), o => o.WithStrictOrdering());
        parallel.Windows.Select(w => w.OutOfSample).Should().Equal(serial.Windows.Select(w => w.OutOfSample));
        parallel.StitchedEquity.Should().Equal(serial.StitchedEquity);
    }

    [Fact]
    public void Out_of_sample_segments_are_chained_and_the_in_sample_choice_is_the_best_candidate()
    {
        var grid = ParameterGrid.Parse([new FvgFillParameters()], []);

        var result = WalkForwardAnalysis.Run([Btc.Value], grid, Options(scheme: WindowScheme.Anchored));

        var first = result.Windows[0];
        result.StitchedEquity.Take(first.Equity.Count).Should().Equal(first.Equity);
        var factor = first.Equity[^1].Equity / 10_000.0;
        var second = result.Windows[1];
        result.StitchedEquity[first.Equity.Count].Equity.Should().BeApproximately(second.Equity[0].Equity * factor, 1e-6);
        result.StitchedEquity.Should().HaveCount(1_100, "every bar after the first training window is tested once");
        result.StitchedEquity.Select(p => p.Time).Should().BeInAscendingOrder();
        result.Stability.Windows.Should().Be(5);
        result.Stability.Choices["fvg_fill.min_gap_percent"].Values.Sum().Should().Be(5);
        result.Windows.Should().OnlyContain(w => w.TestStart >= w.TrainStart.AddHours(400));
    }

    [Fact]
    public void Reports_render_windows_stability_and_the_stitched_curve()
    {
        var result = WalkForwardAnalysis.Run([Btc.Value], ParameterGrid.Parse([new FvgFillParameters()], ["fvg_fill.min_gap_percent=0.002"]), Options());

        using var json = JsonDocument.Parse(WalkForwardJson.Render(result));
        json.RootElement.GetProperty("windows").GetArrayLength().Should().Be(5);
        json.RootElement.GetProperty("stability").GetProperty("modal_choice_share").GetDouble().Should().Be(1.0);
        json.RootElement.GetProperty("stitched_equity").GetArrayLength().Should().Be(1_100);
        var html = WalkForwardHtml.Render(result);
        html.Should().Contain("Stitched out-of-sample").And.Contain("<polyline").And.Contain("fvg_fill.min_gap_percent=0.002");
    }

    [Fact]
    public void Objectives_parse_by_name_and_a_run_without_trades_scores_worst()
    {
        Objective.Parse("profit_factor").Should().Be(Objective.ProfitFactor);
        var act = () => Objective.Parse("alpha");
        act.Should().Throw<FormatException>().WithMessage("Unknown objective 'alpha'; expected one of sharpe, sortino, profit_factor, total_return, cagr.");

        var flat = PerformanceMeasure.Of(100m, 100m, [], [], TimeSpan.FromHours(1));
        Objective.Sharpe.Score(flat).Should().Be(double.NegativeInfinity);
    }
}
