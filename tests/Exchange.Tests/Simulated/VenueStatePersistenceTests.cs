using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Exchange.Simulated.Persistence;
using FractalTrader.Testing;

namespace FractalTrader.Exchange.Tests.Simulated;

public sealed class VenueStatePersistenceTests : IDisposable
{
    private const string Account = VenueFixture.Account;
    private readonly string directory = Directory.CreateTempSubdirectory("venue-state-").FullName;

    [Fact]
    public void Restarted_venue_keeps_orders_positions_fills_balances_and_id_sequences()
    {
        var path = Path.Combine(directory, "venue.db");
        var clock = new ManualTimeProvider();
        var options = new SimulatedVenueOptions { Seed = 7, MaxSlippage = 0 };
        long restingId;
        IReadOnlyList<Accounts.Fill> fillsBefore;
        Accounts.AccountSummary summaryBefore;
        using (var store = VenueStateStore.Open(path))
        using (var venue = new SimulatedVenue(options, clock, store))
        {
            venue.OpenAccount(Account, 50_000m);
            venue.MovePrice("ETH", 3000m);
            venue.Place(Account, VenueFixture.Limit("ETH", OrderSide.Buy, 2m, 3100m, "fill")).Ack!.State.Should().Be(OrderState.Filled);
            restingId = venue.Place(Account, VenueFixture.Limit("ETH", OrderSide.Buy, 1m, 2500m, "rest")).Ack!.OrderId;
            fillsBefore = venue.Fills(Account, DateTimeOffset.MinValue);
            summaryBefore = venue.Account(Account);
        }

        using var reopened = VenueStateStore.Open(path);
        using var restarted = new SimulatedVenue(options, clock, reopened);

        restarted.StartTime.Should().Be(clock.GetUtcNow());
        restarted.OpenOrders(Account).Should().ContainSingle(o => o.OrderId == restingId);
        restarted.Fills(Account, DateTimeOffset.MinValue).Should().Equal(fillsBefore);
        restarted.Account(Account).Should().Be(summaryBefore);
        restarted.Positions(Account).Single().SignedSize.Should().Be(2m);
        restarted.OrderStatus(Account, ClientOrderId.FromSignal("rest"))!.Order.OrderId.Should().Be(restingId);
        restarted.Place(Account, VenueFixture.Limit("ETH", OrderSide.Buy, 1m, 2400m, "next")).Ack!.OrderId.Should().BeGreaterThan(restingId);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_naming_the_file()
    {
        var path = Path.Combine(directory, "garbage.db");
        File.WriteAllText(path, "this is not sqlite, it is a text file long enough to have a header that is wrong");

        FluentActions.Invoking(() => VenueStateStore.Open(path)).Should().Throw<InvalidOperationException>().WithMessage($"*{path}*");
        File.ReadAllText(path).Should().StartWith("this is not sqlite");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
