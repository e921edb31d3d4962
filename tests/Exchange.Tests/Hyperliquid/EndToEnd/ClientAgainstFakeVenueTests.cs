using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Orders;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.Tests.Hyperliquid.EndToEnd;

public sealed class ClientAgainstFakeVenueTests
{
    [Fact]
    public async Task Place_rest_fill_on_price_move_position_reduce_only_close_and_fills()
    {
        await using var h = await VenueHarness.StartAsync();
        h.Venue.MovePrice("ETH", 3000m);

        var ack = await h.Client.PlaceOrderAsync(VenueHarness.Limit("ETH", OrderSide.Buy, 1m, 2900m, "e2e-open"));
        ack.State.Should().Be(OrderState.Open);
        (await h.Client.GetOpenOrdersAsync()).Should().ContainSingle(o => o.OrderId == ack.OrderId && o.LimitPrice == 2900m);
        (await h.Client.GetPositionsAsync()).Should().BeEmpty();

        h.Venue.MovePrice("ETH", 2899m);

        var position = (await h.Client.GetPositionsAsync()).Should().ContainSingle().Subject;
        position.Direction.Should().Be(PositionDirection.Long);
        position.SignedSize.Should().Be(1m);
        position.EntryPrice.Should().Be(2900m);
        (await h.Client.GetOpenOrdersAsync()).Should().BeEmpty();

        var close = await h.Client.PlaceOrderAsync(new OrderRequest("ETH", OrderSide.Sell, OrderKind.Market, 1m, ClientOrderId.FromSignal("e2e-close"), ReduceOnly: true));

        close.State.Should().Be(OrderState.Filled);
        close.FilledSize.Should().Be(1m);
        (await h.Client.GetPositionsAsync()).Should().BeEmpty();
        var fills = await h.Client.GetFillsAsync(DateTimeOffset.MinValue);
        fills.Should().HaveCount(2);
        fills[0].DirectionText.Should().Be("Open Long");
        fills[1].DirectionText.Should().Be("Close Long");
        fills[1].ClosedPnl.Should().Be((fills[1].Price - 2900m) * 1m);
        fills.Should().Equal(h.Venue.Fills(h.Account, DateTimeOffset.MinValue));
        (await h.Client.GetAccountAsync()).Equity.Should().Be(h.Venue.Account(h.Account).Equity);
    }

    [Fact]
    public async Task Venue_rejections_arrive_as_typed_errors_with_hyperliquid_text()
    {
        await using var h = await VenueHarness.StartAsync();
        h.Venue.MovePrice("ETH", 3000m);

        var tick = await FluentActions.Awaiting(() => h.Client.PlaceOrderAsync(VenueHarness.Limit("ETH", OrderSide.Buy, 1m, 2900.55m, "tick")))
            .Should().ThrowAsync<OrderRejectedException>();
        var reduce = await FluentActions.Awaiting(() => h.Client.PlaceOrderAsync(VenueHarness.Limit("ETH", OrderSide.Sell, 1m, 3100m, "ro", reduceOnly: true)))
            .Should().ThrowAsync<OrderRejectedException>();
        var cancel = await FluentActions.Awaiting(() => h.Client.CancelOrderAsync("ETH", 987654L))
            .Should().ThrowAsync<OrderRejectedException>();

        tick.Which.Reason.Should().Be(RejectReason.InvalidPrice);
        tick.Which.VenueMessage.Should().Be("Price must be divisible by tick size.");
        reduce.Which.Reason.Should().Be(RejectReason.ReduceOnlyWouldIncrease);
        cancel.Which.Reason.Should().Be(RejectReason.OrderNotFound);
    }

    [Fact]
    public async Task Cancel_by_client_id_modify_and_dead_mans_switch_work_over_the_wire()
    {
        await using var h = await VenueHarness.StartAsync();
        h.Venue.MovePrice("BTC", 60000m);
        var first = await h.Client.PlaceOrderAsync(VenueHarness.Limit("BTC", OrderSide.Buy, 0.01m, 55000m, "c1"));
        await h.Client.PlaceOrderAsync(VenueHarness.Limit("BTC", OrderSide.Buy, 0.01m, 54000m, "c2"));

        await h.Client.CancelOrderAsync("BTC", ClientOrderId.FromSignal("c2"));
        var modified = await h.Client.ModifyOrderAsync(first.OrderId, VenueHarness.Limit("BTC", OrderSide.Buy, 0.02m, 56000m, "c1"));
        (await h.Client.GetOpenOrdersAsync()).Should().ContainSingle(o => o.OrderId == first.OrderId && o.LimitPrice == 56000m && o.RemainingSize == 0.02m);
        modified.OrderId.Should().Be(first.OrderId);

        await h.Client.ScheduleCancelAsync(h.Clock.GetUtcNow().AddSeconds(10));
        h.Clock.Advance(TimeSpan.FromSeconds(10));

        (await h.Client.GetOpenOrdersAsync()).Should().BeEmpty();
        (await h.Client.GetOrderStatusAsync(ClientOrderId.FromSignal("c1")))!.VenueStatus.Should().Be("scheduledCancel");
    }

    [Fact]
    public async Task Ambiguous_outcome_is_resolved_by_client_id_with_exactly_one_order_at_the_venue()
    {
        await using var h = await VenueHarness.StartAsync(faults: "timeout-after@1");
        h.Venue.MovePrice("ETH", 3000m);
        var order = VenueHarness.Limit("ETH", OrderSide.Buy, 1m, 2800m, "ambiguous");

        var ack = await h.Client.PlaceOrderAsync(order);

        ack.State.Should().Be(OrderState.Open);
        ack.ClientOrderId.Should().Be(order.ClientOrderId);
        h.Venue.Faults.Count(Exchange.Simulated.Faults.FaultKind.TimeoutAfterSend).Should().Be(1);
        h.Venue.CountOrders(h.Account, order.ClientOrderId).Should().Be(1);
        (await h.Client.GetOpenOrdersAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Request_lost_before_the_venue_acts_stays_ambiguous_and_nothing_is_placed()
    {
        await using var h = await VenueHarness.StartAsync(faults: "timeout-before@1", tune: o => o with { AmbiguityLookups = 2 });
        h.Venue.MovePrice("ETH", 3000m);
        var order = VenueHarness.Limit("ETH", OrderSide.Buy, 1m, 2800m, "lost");

        var error = await FluentActions.Awaiting(() => h.Client.PlaceOrderAsync(order)).Should().ThrowAsync<AmbiguousOrderException>();

        error.Which.ClientOrderId.Should().Be(order.ClientOrderId);
        error.Which.ExpiresAt.Should().Be(h.Clock.GetUtcNow() + TimeSpan.FromSeconds(30));
        h.Venue.CountOrders(h.Account, order.ClientOrderId).Should().Be(0);
    }

    [Fact]
    public async Task Fill_stream_reconnects_under_injected_disconnects_and_misses_no_fill()
    {
        await using var h = await VenueHarness.StartAsync(faults: "disconnect@2,disconnect@4,duplicate@5,reorder@6");
        h.Venue.MovePrice("ETH", 3000m);
        using var cts = new CancellationTokenSource(VenueHarness.Patience);
        var stream = h.Client.StreamFillsAsync(h.Clock.GetUtcNow(), cts.Token).GetAsyncEnumerator(cts.Token);
        var next = stream.MoveNextAsync();
        await h.Fake.WhenSubscribedAsync("userFills").WaitAsync(VenueHarness.Patience);
        const int Orders = 8;
        var received = new List<Fill>();

        for (var i = 0; i < Orders; i++)
        {
            var buy = i % 2 == 0;
            await h.Client.PlaceOrderAsync(VenueHarness.Limit("ETH", buy ? OrderSide.Buy : OrderSide.Sell, 0.01m * (i + 1), buy ? 3100m : 2900m, $"fill-{i}"));
            if (i is 1 or 3)
            {
                // Fills 2 and 4 drop the socket; the next fill must meet the resubscribed stream, or
                // (orders placed faster than a reconnect) the fourth stream event would never happen.
                await h.Fake.WhenSubscribedAsync("userFills", times: (i / 2) + 2).WaitAsync(VenueHarness.Patience);
            }
        }

        while (received.Count < Orders && await next)
        {
            received.Add(stream.Current);
            next = received.Count < Orders ? stream.MoveNextAsync() : default;
        }

        await stream.DisposeAsync();
        var venueFills = h.Venue.Fills(h.Account, DateTimeOffset.MinValue);
        venueFills.Should().HaveCount(Orders);
        received.Select(f => f.TradeId).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(venueFills.Select(f => f.TradeId));
        h.Client.SocketConnections.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task Candle_stream_closes_each_bar_once_in_order_and_pings_keep_the_socket_alive()
    {
        await using var h = await VenueHarness.StartAsync();
        using var cts = new CancellationTokenSource(VenueHarness.Patience);
        var stream = h.Client.StreamCandlesAsync("BTC", Timeframe.M1, cts.Token).GetAsyncEnumerator(cts.Token);
        var closed = new List<Candle>();

        (await stream.MoveNextAsync()).Should().BeTrue("the venue pushes the forming bar on subscription");
        for (var minute = 0; minute < 3; minute++)
        {
            h.Clock.Advance(TimeSpan.FromMinutes(1));
            while (closed.Count < minute + 1 && await stream.MoveNextAsync())
            {
                if (stream.Current.IsClosed)
                {
                    closed.Add(stream.Current.Bar);
                }
            }
        }

        await stream.DisposeAsync();
        closed.Select(c => c.OpenTime).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.HaveCount(3);
        h.Client.PingsSent.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task Storm_of_429s_is_ridden_out_within_the_weight_limit()
    {
        await using var h = await VenueHarness.StartAsync(faults: "rate-limit@5x12");
        var work = Task.WhenAll(Enumerable.Range(0, 100).Select(i => i % 2 == 0
            ? (Task)h.Client.GetAccountAsync()
            : h.Client.GetCandlesAsync("ETH", Timeframe.M1, h.Clock.GetUtcNow().AddHours(-2), h.Clock.GetUtcNow())));

        await h.Clock.DriveAsync(work, () => h.Client.Limiter.WaitingCount > 0, TimeSpan.FromSeconds(1), VenueHarness.Patience);

        h.Fake.Traffic.InjectedRateLimits.Should().Be(12);
        h.Fake.Traffic.BudgetRateLimits.Should().Be(0, "the client never exceeds the venue's weight budget");
        h.Fake.Traffic.PeakWeightPerMinute.Should().BeLessThanOrEqualTo(1200);
        h.Fake.Traffic.Requests.Should().Be(100 + 12, "every call succeeded once and each 429 cost exactly one extra request");
    }
}
