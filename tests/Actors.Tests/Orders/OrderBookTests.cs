using FractalTrader.Actors.Orders;
using FractalTrader.Messages;
using FractalTrader.Messages.Orders;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Actors.Tests.Orders;

public sealed class OrderBookTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Unsettled_and_open_orders_always_match_the_status_of_every_tracked_order()
    {
        // Ten client ids, so the same order is requested, answered, resolved and cancelled in any order; restores interleaved.
        var steps =
            from order in Gen.Choose(0, 9)
            from kind in Gen.Choose(0, 5)
            from status in Gen.Elements(Enum.GetValues<OrderStatus>())
            select (Order: order, Kind: kind, Status: status);

        Prop.ForAll(steps.ListOf().ToArbitrary(), history =>
        {
            var book = new OrderBook();
            foreach (var (order, kind, status) in history)
            {
                var id = "0x" + order.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
                if (kind == 5)
                {
                    var restored = new OrderBook();
                    restored.Restore(book.Snapshot());
                    book = restored;
                    continue;
                }

                book.Apply(kind switch
                {
                    0 => Requested(id),
                    1 => new OrderAcknowledged(id, order, status, 0m, null, Now),
                    2 => new OrderRejected(id, "refused", Now),
                    3 => new OrderResolved(id, status, order, 0m, "looked up", Now),
                    _ => new OrderCanceled(id, "cancelled", Now),
                });
                var tracked = book.Snapshot().Orders;
                if (!SameOrders(book.Unsettled, tracked.Where(o => o.Status == OrderStatus.Requested))
                    || !SameOrders(book.Open, tracked.Where(o => o.Status == OrderStatus.Open)))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Open_orders_stay_listed_while_more_settled_orders_than_are_kept_come_and_go()
    {
        var book = new OrderBook();
        book.Apply(Requested("0xopen"));
        book.Apply(new OrderAcknowledged("0xopen", 1, OrderStatus.Open, 0m, null, Now));
        for (var i = 0; i < OrderBook.SettledKept + 10; i++)
        {
            var id = "0xsettled" + i;
            book.Apply(Requested(id));
            book.Apply(new OrderRejected(id, "refused", Now));
        }

        book.Open.Should().ContainSingle().Which.Request.ClientOrderId.Should().Be("0xopen");
        book.Unsettled.Should().BeEmpty();
        book.Find("0xsettled0").Should().BeNull("the oldest settled orders are forgotten");
    }

    private static OrderRequested Requested(string id) =>
        new(id, "intent-" + id, OrderRole.Entry, "BTC", Side.Buy, OrderType.Market, 1m, null, null, false, Now);

    private static bool SameOrders(IEnumerable<TrackedOrder> actual, IEnumerable<TrackedOrder> expected) =>
        actual.Select(o => o.Request.ClientOrderId).Order(StringComparer.Ordinal).SequenceEqual(
            expected.Select(o => o.Request.ClientOrderId).Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
