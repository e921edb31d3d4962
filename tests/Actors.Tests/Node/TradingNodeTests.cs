using FractalTrader.Actors.Orders;
using FractalTrader.Exchange.Orders;
using FractalTrader.Messages;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Signals;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Tests.Node;

public sealed class TradingNodeTests
{
    [Fact]
    public async Task A_signal_becomes_an_order_a_fill_and_a_protected_position()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();

        var intent = (OrderIntent)await harness.DecideAsync(harness.Signal("ETH", Direction.Long, 3000m, 2940.123456m, 3120.987654m));
        var opened = await harness.PositionAsync("ETH", s => s > 0);
        await harness.Events.WaitFor<OrderRouted>(r => r.Role == OrderRole.TakeProfit && r.Status == OrderStatus.Open);

        opened.SignedSize.Should().Be(intent.Size);
        var ledger = await harness.PortfolioAsync();
        ledger.Positions.Should().ContainSingle(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal)).Which.SignedSize.Should().Be(intent.Size);
        ledger.Fills.Should().BeGreaterThan(0);
        harness.Venue.Positions(NodeHarness.Account).Should().ContainSingle(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal)).Which.SignedSize.Should().Be(intent.Size);
        var protection = harness.Venue.OpenOrders(NodeHarness.Account);
        protection.Should().HaveCount(2).And.OnlyContain(o => o.ReduceOnly && o.Side == OrderSide.Sell && o.OriginalSize == intent.Size);
        protection.Select(o => o.TriggerPrice).Should().BeEquivalentTo(new decimal?[] { 2940.1m, 3121m }, "triggers are rounded to the venue's tick");
        harness.Venue.CountOrders(NodeHarness.Account, ClientOrderIds.Entry(intent.IntentId)).Should().Be(1);
    }

    [Fact]
    public async Task Every_intent_order_acknowledgement_fill_and_position_change_is_logged_at_information()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();

        await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);

        var information = harness.Logs.All.Where(l => l.Level == LogLevel.Information).Select(l => l.Text).ToList();
        information.Should().Contain(l => l.StartsWith("Order intent ", StringComparison.Ordinal) && l.Contains("ETH", StringComparison.Ordinal));
        information.Should().Contain(l => l.Contains(" sent: Entry Buy ", StringComparison.Ordinal));
        information.Should().Contain(l => l.Contains(" acknowledged: Filled", StringComparison.Ordinal));
        information.Should().Contain(l => l.StartsWith("Fill ", StringComparison.Ordinal) && l.Contains("Buy", StringComparison.Ordinal));
        information.Should().Contain(l => l.StartsWith("Position ETH: 0 -> ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_order_sent_is_on_the_venues_tick_and_lot()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();

        await harness.OpenAsync("SOL", Direction.Short, 150.123m, 153.456789m, 144.987654m);
        await harness.Events.WaitFor<OrderRouted>(r => r.Role == OrderRole.StopLoss && r.Status == OrderStatus.Open);

        var rounding = harness.Venue.FindInstrument("SOL")!.Rounding;
        harness.Events.OfType<OrderRouted>().Should().NotContain(r => r.Status == OrderStatus.Rejected);
        harness.Venue.OpenOrders(NodeHarness.Account).Should().HaveCount(2)
            .And.OnlyContain(o => rounding.IsValidSize(o.OriginalSize) && rounding.IsValidPrice(o.TriggerPrice!.Value) && o.Side == OrderSide.Buy);
    }

    [Fact]
    public async Task A_duplicate_signal_is_decided_once_and_traded_once()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        var signal = harness.Signal("ETH", Direction.Long, 3000m, 2940m, 3120m);

        var first = await harness.DecideAsync(signal);
        var second = await harness.DecideAsync(signal);
        await harness.PositionAsync("ETH", s => s > 0);

        first.Should().BeOfType<OrderIntent>();
        second.Should().BeOfType<SignalRejected>().Which.Reason.Should().StartWith("already decided");
        (await harness.RiskAsync()).SignalsDecided.Should().Be(1);
        harness.Venue.CountOrders(NodeHarness.Account, ClientOrderIds.Entry(signal.SignalId)).Should().Be(1);
        (await harness.RiskAsync()).ConsecutiveLosses.Should().Be(0);
    }
}
