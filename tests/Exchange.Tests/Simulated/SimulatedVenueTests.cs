using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.MarketData;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.Tests.Simulated;

public sealed class SimulatedVenueTests
{
    private const string Account = VenueFixture.Account;

    [Fact]
    public void Limit_buy_rests_then_fills_at_its_price_when_the_market_trades_down_to_it()
    {
        var (venue, _) = VenueFixture.Create();
        venue.MovePrice("ETH", 3000m);

        var ack = venue.Place(Account, VenueFixture.Limit("ETH", OrderSide.Buy, 1m, 2900m, "s1")).Ack!;
        ack.State.Should().Be(OrderState.Open);
        venue.OpenOrders(Account).Should().ContainSingle(o => o.OrderId == ack.OrderId);

        venue.MovePrice("ETH", 2899m);

        var fill = venue.Fills(Account, DateTimeOffset.MinValue).Should().ContainSingle().Subject;
        fill.Price.Should().Be(2900m);
        fill.IsTaker.Should().BeFalse();
        fill.Fee.Should().Be(2900m * 0.00015m);
        var position = venue.Positions(Account).Should().ContainSingle().Subject;
        position.Direction.Should().Be(PositionDirection.Long);
        position.EntryPrice.Should().Be(2900m);
        position.UnrealizedPnl.Should().Be(-1m);
        venue.OrderStatus(Account, ClientOrderId.FromSignal("s1"))!.State.Should().Be(OrderState.Filled);
    }

    [Fact]
    public void Short_position_then_reduce_only_close_realizes_pnl_and_goes_flat()
    {
        var (venue, _) = VenueFixture.Create();
        venue.MovePrice("BTC", 60000m);
        venue.Place(Account, VenueFixture.Limit("BTC", OrderSide.Sell, 0.1m, 59000m, "open")).Ack!.State.Should().Be(OrderState.Filled);
        venue.Positions(Account).Single().Direction.Should().Be(PositionDirection.Short);
        var entry = venue.Positions(Account).Single().EntryPrice;
        venue.MovePrice("BTC", 58000m);

        var close = venue.Place(Account, VenueFixture.Limit("BTC", OrderSide.Buy, 0.1m, 59000m, "close", reduceOnly: true)).Ack!;

        close.State.Should().Be(OrderState.Filled);
        venue.Positions(Account).Should().BeEmpty();
        var closing = venue.Fills(Account, DateTimeOffset.MinValue)[^1];
        closing.ClosedPnl.Should().Be((entry - closing.Price) * 0.1m);
        closing.DirectionText.Should().Be("Close Short");
    }

    [Fact]
    public void Reduce_only_that_would_open_a_position_is_rejected_with_hyperliquid_text()
    {
        var (venue, _) = VenueFixture.Create();

        var outcome = venue.Place(Account, VenueFixture.Limit("ETH", OrderSide.Sell, 1m, 3500m, "ro", reduceOnly: true));

        outcome.Reason.Should().Be(RejectReason.ReduceOnlyWouldIncrease);
        outcome.Error.Should().Be("Reduce only order would increase position.");
        venue.OrderStatus(Account, ClientOrderId.FromSignal("ro"))!.VenueStatus.Should().Be("reduceOnlyRejected");
    }

    [Theory]
    [InlineData("3000.55", "1", RejectReason.InvalidPrice, "Price must be divisible by tick size.")]
    [InlineData("3000", "0.00001", RejectReason.InvalidSize, HyperliquidErrorText.InvalidSize)]
    [InlineData("3000", "0.001", RejectReason.BelowMinimumValue, "Order must have minimum value of $10.")]
    [InlineData("2000", "600", RejectReason.InsufficientMargin, "Insufficient margin to place order.")]
    public void Invalid_orders_are_rejected_with_hyperliquid_text(string price, string size, RejectReason reason, string text)
    {
        var (venue, _) = VenueFixture.Create();
        venue.MovePrice("ETH", 3000m);

        var outcome = venue.Place(Account, VenueFixture.Limit("ETH", OrderSide.Buy, Parse(size), Parse(price), "bad"));

        outcome.Reason.Should().Be(reason);
        outcome.Error.Should().Be(text);
        venue.OpenOrders(Account).Should().BeEmpty();
    }

    [Fact]
    public void Post_only_that_would_cross_and_ioc_that_cannot_match_are_rejected()
    {
        var (venue, _) = VenueFixture.Create();
        venue.MovePrice("ETH", 3000m);

        venue.Place(Account, VenueFixture.Limit("ETH", OrderSide.Buy, 1m, 3100m, "alo", tif: TimeInForce.PostOnly))
            .Error.Should().StartWith("Post only order would have immediately matched, bbo was ");
        venue.Place(Account, VenueFixture.Limit("ETH", OrderSide.Buy, 1m, 2900m, "ioc", tif: TimeInForce.ImmediateOrCancel))
            .Error.Should().Be("Order could not immediately match against any resting orders.");
    }

    [Fact]
    public void Liquidity_model_fills_a_large_order_partially_and_rests_the_rest()
    {
        var (venue, _) = VenueFixture.Create(new SimulatedVenueOptions { Liquidity = new LiquidityModel(0.1m, 2m), MaxSlippage = 0 });
        venue.OpenAccount(Account, 1_000_000m);
        venue.MovePrice("ETH", 3000m);
        var ack = venue.Place(Account, VenueFixture.Limit("ETH", OrderSide.Buy, 5m, 2900m, "big")).Ack!;

        venue.MovePrice("ETH", 2890m, volume: 10m);

        venue.Fills(Account, DateTimeOffset.MinValue).Sum(f => f.Size).Should().Be(2m);
        venue.OpenOrders(Account).Single(o => o.OrderId == ack.OrderId).RemainingSize.Should().Be(3m);
    }

    [Fact]
    public void Stop_market_sell_triggers_when_the_price_falls_through_it()
    {
        var (venue, _) = VenueFixture.Create();
        venue.MovePrice("SOL", 150m);
        venue.Place(Account, VenueFixture.Limit("SOL", OrderSide.Buy, 10m, 151m, "long")).Ack!.State.Should().Be(OrderState.Filled);
        var stop = new OrderRequest("SOL", OrderSide.Sell, OrderKind.StopMarket, 10m, ClientOrderId.FromSignal("stop"), LimitPrice: 130m, TriggerPrice: 140m, ReduceOnly: true);
        venue.Place(Account, stop).Ack!.State.Should().Be(OrderState.Open);

        venue.MovePrice("SOL", 145m);
        venue.Positions(Account).Should().ContainSingle();

        venue.MovePrice("SOL", 139m);
        venue.Positions(Account).Should().BeEmpty();
        venue.OrderStatus(Account, ClientOrderId.FromSignal("stop"))!.State.Should().Be(OrderState.Filled);
    }

    [Fact]
    public void Dead_mans_switch_cancels_open_orders_when_its_time_comes()
    {
        var (venue, clock) = VenueFixture.Create();
        venue.MovePrice("ETH", 3000m);
        venue.Place(Account, VenueFixture.Limit("ETH", OrderSide.Buy, 1m, 2500m, "dms"));
        venue.ScheduleCancel(Account, clock.GetUtcNow().AddSeconds(30));

        clock.Advance(TimeSpan.FromSeconds(29));
        venue.OpenOrders(Account).Should().HaveCount(1);
        clock.Advance(TimeSpan.FromSeconds(1));

        venue.OrderStatus(Account, ClientOrderId.FromSignal("dms"))!.VenueStatus.Should().Be("scheduledCancel");
    }

    [Fact]
    public void Same_seed_same_clock_same_calls_give_the_same_market_and_fills()
    {
        static (IReadOnlyList<Candle>, IReadOnlyList<Fill>) Run()
        {
            var (venue, clock) = VenueFixture.Create(new SimulatedVenueOptions { Seed = 42 });
            var start = clock.GetUtcNow();
            venue.Place(Account, new OrderRequest("BTC", OrderSide.Buy, OrderKind.Market, 0.01m, ClientOrderId.FromSignal("m")));
            clock.Advance(TimeSpan.FromMinutes(30));
            return (venue.Candles("BTC", Timeframe.M5, start.AddHours(-2), clock.GetUtcNow()), venue.Fills(Account, DateTimeOffset.MinValue));
        }

        var (candlesA, fillsA) = Run();
        var (candlesB, fillsB) = Run();

        candlesA.Should().HaveCountGreaterThan(20).And.Equal(candlesB);
        fillsA.Should().ContainSingle().And.Equal(fillsB);
    }

    [Fact]
    public void Advancing_the_clock_closes_bars_and_publishes_them_once()
    {
        var (venue, clock) = VenueFixture.Create();
        using var feed = venue.Subscribe();

        clock.Advance(TimeSpan.FromMinutes(3));

        var closed = new List<CandleUpdate>();
        while (feed.Events.TryRead(out var e))
        {
            if (e is CandleChanged { Update: { Symbol: "BTC", IsClosed: true } update })
            {
                closed.Add(update);
            }
        }

        closed.Should().HaveCount(3);
        closed.Select(c => c.Bar.OpenTime).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        venue.Candles("BTC", Timeframe.M1, clock.GetUtcNow().AddMinutes(-3), clock.GetUtcNow(), includeForming: false)
            .Should().Equal(closed.Select(c => c.Bar));
    }

    [Fact]
    public void Unknown_account_is_refused()
    {
        var (venue, _) = VenueFixture.Create();

        FluentActions.Invoking(() => venue.Positions("0x0000000000000000000000000000000000000001"))
            .Should().Throw<UnknownAccountException>().WithMessage("*0x0000000000000000000000000000000000000001*");
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
