using FractalTrader.Actors.Clock;
using FractalTrader.Actors.Orders;
using FractalTrader.Actors.Node;
using FractalTrader.Actors.Tests.Node;
using FractalTrader.Messages;
using FractalTrader.Messages.Alerts;
using FractalTrader.Messages.Orders;
using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Orders;

public sealed class DeadManSwitchTests
{
    private const double PaperSpeed = 3600;

    [Fact]
    public async Task At_3600x_the_switch_is_armed_for_the_window_in_wall_time_and_protective_orders_outlive_the_old_market_time_window()
    {
        await using var harness = new NodeHarness(configure: s => s with { Clock = new MarketClock(s.Clock.Time, PaperSpeed) });
        await harness.StartAsync();
        var armed = await harness.Events.WaitFor<DeadManSwitchReported>(r => r.ArmedUntil is not null);
        await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);
        var window = harness.Settings.Orders.DeadManWindow;

        // Two market minutes were 33 ms of wall time at 3600x: the venue cancelled the stop and target between two refreshes.
        harness.VenueClock.Advance(window + TimeSpan.FromSeconds(1));
        var afterOldWindow = harness.Venue.OpenOrders(NodeHarness.Account).Count;
        harness.VenueClock.Advance(armed.ArmedUntil!.Value - harness.VenueClock.GetUtcNow() + TimeSpan.FromSeconds(1));

        armed.ArmedUntil.Should().Be(armed.At + (window * PaperSpeed), "two wall minutes are 120 market hours at 3600x");
        armed.Failure.Should().BeNull();
        afterOldWindow.Should().Be(2, "the stop and target stay while the node refreshes the switch");
        harness.Venue.OpenOrders(NodeHarness.Account).Should().BeEmpty("unrefreshed, the venue cancels everything once the window passes");
    }

    [Fact]
    public async Task While_trading_the_switch_is_re_armed_at_every_refresh_and_its_deadline_moves_on()
    {
        await using var harness = new NodeHarness(configure: s => s with { Clock = new MarketClock(s.Clock.Time, PaperSpeed) });
        await harness.StartAsync();
        var intent = await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);
        var first = await harness.Events.WaitFor<DeadManSwitchReported>(r => r.ArmedUntil is not null);

        var deadlines = new List<DateTimeOffset> { first.ArmedUntil!.Value };
        for (var refresh = 1; refresh <= 3; refresh++)
        {
            // A refresh period of wall time passes: the market moves speed times as far; the actor timers fire.
            harness.VenueClock.Advance(harness.Settings.Orders.DeadManRefresh * PaperSpeed);
            harness.SystemClock.Advance(harness.Settings.Orders.DeadManRefresh);
            var previous = deadlines[^1];
            var next = await harness.Events.WaitFor<DeadManSwitchReported>(r => r.ArmedUntil > previous);
            deadlines.Add(next.ArmedUntil!.Value);
        }

        deadlines.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        harness.VenueClock.GetUtcNow().Should().BeAfter(deadlines[0] - (harness.Settings.Orders.DeadManWindow * PaperSpeed));
        foreach (var role in new[] { OrderRole.StopLoss, OrderRole.TakeProfit })
        {
            // The synthetic market may have reached the stop or the target in 90 hours; the switch must not have cancelled either.
            var report = await harness.Exchange.GetOrderStatusAsync(ClientOrderIds.Protective(intent.IntentId, role, 1));
            report!.VenueStatus.Should().NotBe("scheduledCancel", "refreshed in time, the switch never fired");
        }

        var status = await harness.Node.OrderRouter.Ask<RouterStatus>(new GetRouterStatus(), NodeHarness.Patience);
        status.DeadManArmedUntil.Should().Be(deadlines[^1]);
        status.DeadManFailure.Should().BeNull();
    }

    [Fact]
    public async Task A_switch_the_venue_refuses_to_arm_raises_a_critical_alert_and_shows_in_the_router_status_until_it_is_armed_again()
    {
        ScheduleCancelGate? gate = null;
        await using var harness = new NodeHarness(venueView: venue => ScheduleCancelGate.Over(venue, out gate));
        await harness.StartAsync();

        var alert = await harness.Events.WaitFor<Alert>(a => string.Equals(a.Source, "order-router", StringComparison.Ordinal) && a.Text.Contains("dead-man", StringComparison.Ordinal));
        var failing = await harness.Node.OrderRouter.Ask<RouterStatus>(new GetRouterStatus(), NodeHarness.Patience);
        gate!.Refusing = false;
        harness.SystemClock.Advance(harness.Settings.Orders.DeadManRefresh);
        var recovered = await harness.Events.WaitFor<Alert>(a => string.Equals(a.Source, "order-router", StringComparison.Ordinal) && a.Text.Contains("armed again", StringComparison.Ordinal));
        var armed = await harness.Node.OrderRouter.Ask<RouterStatus>(new GetRouterStatus(), NodeHarness.Patience);

        alert.Severity.Should().Be(AlertSeverity.Critical);
        alert.Text.Should().Contain("NOT armed").And.Contain("refused by the test");
        failing.DeadManArmedUntil.Should().BeNull();
        failing.DeadManFailure.Should().Contain("refused by the test");
        recovered.Severity.Should().Be(AlertSeverity.Info);
        armed.DeadManArmedUntil.Should().NotBeNull();
        armed.DeadManFailure.Should().BeNull();
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(60, 60)]
    [InlineData(60, 90)]
    public void A_window_the_refresh_cannot_keep_ahead_of_is_refused_at_start(int windowSeconds, int refreshSeconds)
    {
        var settings = new TradingNodeSettings
        {
            Symbols = ["ETH"],
            Orders = new OrderRouterSettings { DeadManWindow = TimeSpan.FromSeconds(windowSeconds), DeadManRefresh = TimeSpan.FromSeconds(refreshSeconds) },
        };

        var validate = () => TradingNodeSettings.Validate(settings);

        validate.Should().Throw<ArgumentException>().WithMessage("*Orders.DeadManWindow*");
    }
}
