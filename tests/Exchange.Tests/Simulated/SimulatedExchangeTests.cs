using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Exchange.Simulated.Faults;
using FractalTrader.Testing;

namespace FractalTrader.Exchange.Tests.Simulated;

public sealed class SimulatedExchangeTests
{
    private const string Account = VenueFixture.Account;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Answer_lost_after_send_is_resolved_by_client_id_with_exactly_one_order()
    {
        var (exchange, venue) = Create("timeout-after@1");
        venue.MovePrice("ETH", 3000m);
        var order = VenueFixture.Limit("ETH", OrderSide.Buy, 1m, 2500m, "ambiguous");

        var ack = await exchange.PlaceOrderAsync(order);

        ack.State.Should().Be(OrderState.Open);
        venue.CountOrders(Account, order.ClientOrderId).Should().Be(1);
        (await exchange.GetOpenOrdersAsync()).Should().ContainSingle(o => o.ClientOrderId == order.ClientOrderId);
    }

    [Fact]
    public async Task Timeout_before_send_is_transient_and_places_nothing()
    {
        var (exchange, venue) = Create("timeout-before@1");
        var order = VenueFixture.Limit("ETH", OrderSide.Buy, 1m, 2500m, "before");

        var error = await FluentActions.Awaiting(() => exchange.PlaceOrderAsync(order)).Should().ThrowAsync<TransientExchangeException>();

        error.Which.Cause.Should().Be(TransientCause.TimeoutBeforeSend);
        venue.CountOrders(Account, order.ClientOrderId).Should().Be(0);
    }

    [Fact]
    public async Task Injected_reject_and_rate_limit_surface_as_their_types()
    {
        var (exchange, _) = Create("reject@1,rate-limit@1");

        (await FluentActions.Awaiting(() => exchange.GetPositionsAsync()).Should().ThrowAsync<TransientExchangeException>())
            .Which.Cause.Should().Be(TransientCause.RateLimited);
        (await FluentActions.Awaiting(() => exchange.PlaceOrderAsync(VenueFixture.Limit("ETH", OrderSide.Buy, 1m, 2500m, "r"))).Should().ThrowAsync<OrderRejectedException>())
            .Which.Reason.Should().Be(RejectReason.InsufficientMargin);
    }

    [Fact]
    public async Task Fill_stream_delivers_every_fill_once_despite_dropped_duplicated_and_reordered_events()
    {
        var (exchange, venue) = Create("disconnect@2,duplicate@3,reorder@5,disconnect@7");
        venue.MovePrice("ETH", 3000m);
        using var cts = new CancellationTokenSource(Patience);
        var enumerator = exchange.StreamFillsAsync(DateTimeOffset.MinValue, cts.Token).GetAsyncEnumerator(cts.Token);
        // The first MoveNextAsync runs synchronously up to its first wait, so the stream is subscribed from here on.
        var next = enumerator.MoveNextAsync();

        for (var i = 0; i < 8; i++)
        {
            await exchange.PlaceOrderAsync(VenueFixture.Limit("ETH", i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, 0.01m * (i + 1), i % 2 == 0 ? 3100m : 2900m, $"f{i}"));
        }

        var received = new List<Fill>();
        while (received.Count < 8 && await next)
        {
            received.Add(enumerator.Current);
            next = received.Count < 8 ? enumerator.MoveNextAsync() : default;
        }

        await enumerator.DisposeAsync();
        received.Select(f => f.TradeId).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(venue.Fills(Account, DateTimeOffset.MinValue).Select(f => f.TradeId));
    }

    private static (SimulatedExchange Exchange, SimulatedVenue Venue) Create(string faults)
    {
        var venue = new SimulatedVenue(new SimulatedVenueOptions { Faults = FaultPlan.Parse(faults), MaxSlippage = 0 }, new ManualTimeProvider());
        venue.OpenAccount(Account, 100_000m);
        return (new SimulatedExchange(venue, Account), venue);
    }
}
