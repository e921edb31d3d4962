using System.Globalization;
using FractalTrader.Actors.Orders;
using FractalTrader.Exchange.Orders;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Reconciliation;

namespace FractalTrader.Actors.Reconciliation;

/// <summary>
/// Compares the venue's open orders with the order router's journal. The venue is read before and
/// after the journal: an orphan must be open in both reads (an order of ours is journaled before it
/// is sent, so one open before the journal was read and unknown to it is not ours), and a resting
/// order is missing only if the read after the journal lacks it. Orders whose status or cancellation
/// the router is waiting for are in motion, not divergent. Stateless.
/// </summary>
internal static class OpenOrderComparison
{
    // Venue status words for a cancellation that follows from the position closing, not from anything gone wrong.
    private static readonly HashSet<string> ClosingCancellations = new(["reduceOnlyCanceled", "siblingFilledCanceled"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Orders open at the venue that the journal does not know or holds done; stops and targets protecting a live venue position are kept, the rest cancelled.</summary>
    public static IReadOnlyList<OrderFinding> Orphans(
        IReadOnlyList<VenueOrder> before, KnownOrders journal, IReadOnlyList<VenueOrder> after, IReadOnlyDictionary<string, decimal> venuePositions)
    {
        var stillOpen = after.Select(o => o.OrderId).ToHashSet();
        var known = journal.Orders.ToDictionary(o => o.Request.ClientOrderId, StringComparer.OrdinalIgnoreCase);
        var findings = new List<OrderFinding>();
        foreach (var order in before.Where(o => stillOpen.Contains(o.OrderId) && !journal.BusyVenueOrders.Contains(o.OrderId)))
        {
            var clientOrderId = order.ClientOrderId?.ToString();
            var tracked = clientOrderId is null ? null : known.GetValueOrDefault(clientOrderId);
            if (tracked is { Status: OrderStatus.Requested or OrderStatus.Open } || (clientOrderId is not null && journal.Busy.Contains(clientOrderId)))
            {
                continue;
            }

            var protecting = Protects(order, venuePositions);
            if (protecting && journal.Kept.Contains(order.OrderId))
            {
                continue;
            }

            var divergence = new OrderDivergence(
                tracked is null ? OrderDivergenceKind.UnknownToJournal : OrderDivergenceKind.FinishedInJournal,
                order.Symbol,
                clientOrderId,
                order.OrderId,
                Describe(tracked),
                Describe(order),
                protecting ? OrderDivergenceAction.KeptProtecting : OrderDivergenceAction.Canceled);
            findings.Add(new OrderFinding(divergence, order.Symbol, clientOrderId, order.OrderId, null));
        }

        return findings;
    }

    /// <summary>Orders resting as far as the journal knows that the venue's read after the journal lacks.</summary>
    public static IReadOnlyList<TrackedOrder> Missing(KnownOrders journal, IReadOnlyList<VenueOrder> after)
    {
        var open = after.Where(o => o.ClientOrderId is not null).Select(o => o.ClientOrderId!.Value.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. journal.Orders.Where(o => o.Status == OrderStatus.Open && !open.Contains(o.Request.ClientOrderId) && !journal.Busy.Contains(o.Request.ClientOrderId))];
    }

    /// <summary>
    /// What a missing order's venue status means: null when the venue still has it open (a read in
    /// between); a finding without a divergence when the status explains it (filled, triggered, a
    /// reduce-only order cancelled with its position); otherwise a divergence whose status is adopted.
    /// </summary>
    public static OrderFinding? Explain(TrackedOrder order, OrderStatusReport? status, IReadOnlyDictionary<string, decimal> venuePositions)
    {
        var request = order.Request;
        if (status is { State: OrderState.Open })
        {
            return null;
        }

        var explained = status is { State: OrderState.Filled or OrderState.Triggered }
            || (status is { State: OrderState.Canceled } && request.ReduceOnly
                && (ClosingCancellations.Contains(status.VenueStatus) || venuePositions.GetValueOrDefault(request.Symbol) == 0m));
        var divergence = explained
            ? null
            : new OrderDivergence(OrderDivergenceKind.MissingAtVenue, request.Symbol, request.ClientOrderId, status?.Order.OrderId ?? order.OrderId, Describe(order), Describe(status), OrderDivergenceAction.StatusAdopted);
        return new OrderFinding(divergence, request.Symbol, request.ClientOrderId, status?.Order.OrderId ?? order.OrderId, status);
    }

    /// <summary>
    /// Symbols whose venue position has no stop: none resting at the venue (a reduce-only stop on the
    /// closing side) and none of ours requested or open in the journal (one in flight protects it soon).
    /// </summary>
    public static IReadOnlyList<string> Unprotected(IReadOnlyDictionary<string, decimal> venuePositions, IReadOnlyList<VenueOrder> venueOrders, KnownOrders journal)
    {
        var stopped = venueOrders
            .Where(o => o.Kind == OrderKind.StopMarket && Protects(o, venuePositions))
            .Select(o => o.Symbol)
            .Concat(journal.Orders
                .Where(o => o is { Request.Role: OrderRole.StopLoss, Status: OrderStatus.Requested or OrderStatus.Open })
                .Select(o => o.Request.Symbol))
            .ToHashSet(StringComparer.Ordinal);
        return [.. venuePositions.Where(p => p.Value != 0m && !stopped.Contains(p.Key)).Select(p => p.Key).Order(StringComparer.Ordinal)];
    }

    private static bool Protects(VenueOrder order, IReadOnlyDictionary<string, decimal> venuePositions) =>
        order is { ReduceOnly: true, Kind: OrderKind.StopMarket or OrderKind.TakeProfit }
        && venuePositions.GetValueOrDefault(order.Symbol) is var held && held != 0m
        && (held > 0m) == (order.Side == OrderSide.Sell);

    private static string Describe(TrackedOrder? order) => order is null
        ? "no such order"
        : string.Create(CultureInfo.InvariantCulture, $"{order.Request.Role} {order.Request.Side} {order.Request.Size} {order.Request.Type} (intent {order.Request.IntentId}): {order.Status}");

    private static string Describe(VenueOrder order) => string.Create(
        CultureInfo.InvariantCulture,
        $"open: {order.Side} {order.RemainingSize} {order.Kind}{(order.TriggerPrice is { } trigger ? $" trigger {trigger}" : string.Empty)}{(order.Kind == OrderKind.Limit ? $" limit {order.LimitPrice}" : string.Empty)}{(order.ReduceOnly ? " reduce-only" : string.Empty)}, placed {order.PlacedAt:O}");

    private static string Describe(OrderStatusReport? status) => status is null
        ? "never seen by the venue"
        : string.Create(CultureInfo.InvariantCulture, $"{status.State} ({status.VenueStatus}) at {status.StatusTime:O}");
}
