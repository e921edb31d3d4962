using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.FvgFill;
using FractalTrader.Trading.Tests.Oracle;

namespace FractalTrader.Trading.Tests.Backtesting;

public sealed class BacktesterTests
{
    private static BacktestResult Run(string[] setup, string[] after, BacktestOptions? options = null, params BacktestMarket[] others) =>
        Backtester.Run([HandBuiltMarket.Market([.. setup, .. after]), .. others], HandBuiltMarket.FvgOnly, options ?? HandBuiltMarket.Options());

    [Fact]
    public void Long_enters_at_the_next_open_with_slippage_and_exits_at_the_target_with_maker_fee()
    {
        var result = Run(HandBuiltMarket.LongSetup, ["100.6 101.0 100.2 100.8", "100.8 101.8 100.7 101.5"]);

        var trade = result.Trades.Should().ContainSingle().Subject;
        // Risk 10,000 x 2% x 50/100 = 100 over 0.6 per unit = 166.67 -> 166 lots.
        trade.Size.Should().Be(166m);
        trade.Direction.Should().Be(TradeDirection.Long);
        trade.EntryPrice.Should().Be(100.7006m, "open 100.6 plus 10 bps slippage");
        // The target is the original's double arithmetic: 100.5 + 2 x (100.5 - 99.9).
        var target = 101.69999999999999m;
        trade.TakeProfit.Should().Be(target);
        trade.ExitPrice.Should().Be(target, "a resting target fills at its price, no slippage");
        trade.ExitReason.Should().Be(ExitReason.TakeProfit);
        var entryFee = 166m * 100.7006m * 0.001m;
        var exitFee = 166m * target * 0.0005m;
        var net = ((target - 100.7006m) * 166m) - entryFee - exitFee;
        entryFee.Should().Be(16.7162996m, "taker 10 bps on entry");
        trade.Fees.Should().Be(entryFee + exitFee, "maker 5 bps on exit");
        trade.NetPnl.Should().Be(net);
        net.Should().BeApproximately(140.743m, 0.001m);
        trade.RMultiple.Should().Be(net / (0.8006m * 166m));
        trade.BarsHeld.Should().Be(2);
        trade.EntryTime.Should().Be(HandBuiltMarket.Start.AddHours(4));
        trade.ExitTime.Should().Be(HandBuiltMarket.Start.AddHours(6));
        result.Metrics.FinalEquity.Should().Be(10_000m + net);
        result.Equity.Should().HaveCount(6);
        result.Equity[^1].Equity.Should().Be((double)(10_000m + net));
    }

    [Fact]
    public void Short_with_stop_and_target_in_one_bar_takes_the_stop_pessimistically()
    {
        var result = Run(HandBuiltMarket.ShortSetup, ["99.0 99.3 98.5 98.8", "98.8 100.5 96.9 97.5"]);

        var trade = result.Trades.Should().ContainSingle().Subject;
        trade.Direction.Should().Be(TradeDirection.Short);
        trade.Size.Should().Be(100m, "risk 100 over 1.0 per unit");
        trade.EntryPrice.Should().Be(98.901m, "a short sells 10 bps below the open");
        trade.ExitReason.Should().Be(ExitReason.StopLoss);
        trade.ExitPrice.Should().Be(100.2001m, "the stop 100.1 bought back 10 bps higher");
        trade.NetPnl.Should().Be(-149.82011m);
        result.Metrics.FinalEquity.Should().Be(9_850.17989m);
        result.Metrics.Trades.WinRate.Should().Be(0);
    }

    [Fact]
    public void A_gap_through_the_stop_fills_at_the_worse_open()
    {
        var result = Run(HandBuiltMarket.LongSetup, ["100.6 101.0 100.2 100.8", "99.5 100.0 99.0 99.8"]);

        var trade = result.Trades.Should().ContainSingle().Subject;
        trade.ExitReason.Should().Be(ExitReason.StopLoss);
        trade.ExitPrice.Should().Be(99.4005m, "open 99.5 is below the stop 99.9; sold 10 bps lower");
    }

    [Fact]
    public void An_entry_whose_bar_opens_beyond_the_stop_is_cancelled_with_the_reason()
    {
        var result = Run(HandBuiltMarket.LongSetup, ["99.8 100.2 99.5 100.0"]);

        result.Trades.Should().BeEmpty();
        result.Signals.Should().Be(1);
        result.Refusals.Should().ContainKey("opened beyond the stop: entry cancelled");
        result.Metrics.FinalEquity.Should().Be(10_000m);
    }

    [Fact]
    public void Entry_at_the_signal_close_is_available_and_the_last_bar_closes_open_positions()
    {
        var options = HandBuiltMarket.Options() with { Entry = EntryTiming.SignalBarClose };

        var result = Run(HandBuiltMarket.LongSetup, ["100.6 101.0 100.2 100.8"], options);

        var trade = result.Trades.Should().ContainSingle().Subject;
        trade.EntryPrice.Should().Be(100.6005m, "close 100.5 plus 10 bps");
        trade.ExitReason.Should().Be(ExitReason.EndOfData);
        trade.ExitPrice.Should().Be(100.6992m, "last close 100.8 sold 10 bps lower");
    }

    [Fact]
    public void Bars_before_the_trading_start_only_warm_the_strategies_up()
    {
        var market = HandBuiltMarket.Market([.. HandBuiltMarket.LongSetup, "100.6 101.0 100.2 100.8", "100.8 101.8 100.7 101.5"]);

        var result = Backtester.Run([market], HandBuiltMarket.FvgOnly, HandBuiltMarket.Options(), tradeFrom: HandBuiltMarket.Start.AddHours(4));

        result.Signals.Should().Be(1);
        result.Trades.Should().BeEmpty();
    }

    [Fact]
    public void Several_symbols_are_replayed_in_time_order_and_share_the_book_limits()
    {
        var options = HandBuiltMarket.Options("A") with
        {
            Instruments = [new InstrumentRules("A", 1m, 10m), new InstrumentRules("B", 1m, 10m)],
            Limits = HandBuiltMarket.Options().Limits with { MaxOpenPositions = 1 },
        };
        var a = HandBuiltMarket.Market([.. HandBuiltMarket.LongSetup, "100.6 101.0 100.2 100.8", "100.8 101.8 100.7 101.5"], "A");
        var b = HandBuiltMarket.Market([.. HandBuiltMarket.ShortSetup, "99.0 99.3 98.5 98.8", "98.8 99.0 96.9 97.0"], "B");

        var result = Backtester.Run([a, b], HandBuiltMarket.FvgOnly, options);

        result.Trades.Should().ContainSingle().Which.Symbol.Should().Be("A");
        result.Refusals.Keys.Should().Contain(k => k.Contains("positions open, the maximum is N", StringComparison.Ordinal));
        result.Equity.Should().HaveCount(6, "both symbols share one time line");
        result.BySymbol.Keys.Should().Equal("A");
    }

    [Fact]
    public void A_backtest_is_deterministic()
    {
        var market = new BacktestMarket("BTC", Timeframe.H1, FractalTraderOracle.Series("random_walk_seed3"));
        var strategies = StrategyKind.All.Select(StrategyParameters.DefaultFor).ToArray();
        var options = new BacktestOptions { Sizing = new SizingRules(), Instruments = [InstrumentRules.WithSizeDecimals("BTC", 5)] };

        var first = Backtester.Run([market], strategies, options);
        var second = Backtester.Run([market], strategies, options);

        first.Trades.Should().NotBeEmpty();
        second.Trades.Should().Equal(first.Trades);
        second.Metrics.Should().Be(first.Metrics with { Trades = second.Metrics.Trades });
        first.Signals.Should().BeGreaterThan(first.Trades.Count);
    }

    [Fact]
    public void Strategies_with_invalid_parameters_are_refused_before_the_run()
    {
        var invalid = () => Backtester.Run([HandBuiltMarket.Market(HandBuiltMarket.LongSetup)], [new FvgFillParameters { PartialFillPercent = 2 }], HandBuiltMarket.Options());

        invalid.Should().Throw<ArgumentException>().WithMessage("*partial_fill_percent*");
    }
}
