using FractalTrader.Messages.Orders;

namespace FractalTrader.Actors.Orders;

/// <summary>
/// The order router's state, without the actor: every order it requested (by client order id)
/// with what the venue said, and the protection in force per symbol. Journaled events change it
/// only through <see cref="Apply"/>, live and on replay alike. Settled orders beyond
/// <see cref="SettledKept"/> are forgotten (oldest first); unsettled and open ones never are.
/// Mutable; not thread-safe (one actor).
/// </summary>
internal sealed class OrderBook
{
    /// <summary>Settled orders kept for look-ups and snapshots.</summary>
    public const int SettledKept = 2000;

    /// <summary>Venue ids of orphan protective orders remembered as kept (oldest forgotten first).</summary>
    public const int KeptRemembered = 1000;

    private readonly Dictionary<string, TrackedOrder> orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProtectionPlanned> protections = new(StringComparer.Ordinal);
    private readonly Queue<string> settled = new();
    private readonly List<long> kept = [];

    // The orders still Requested or Open: every intent checks them, and walking the settled history
    // (up to SettledKept orders) instead cost the router tens of microseconds per entry.
    private readonly Dictionary<string, TrackedOrder> live = new(StringComparer.Ordinal);

    /// <summary>Orders whose venue answer is unknown: in flight, or recorded before a crash.</summary>
    public IEnumerable<TrackedOrder> Unsettled => live.Values.Where(o => o.Status == OrderStatus.Requested);

    /// <summary>Orders open at the venue as far as the book knows.</summary>
    public IEnumerable<TrackedOrder> Open => live.Values.Where(o => o.Status == OrderStatus.Open);

    /// <summary>Protection in force, by symbol.</summary>
    public IReadOnlyDictionary<string, ProtectionPlanned> Protections => protections;

    /// <summary>Venue ids of orphan stop and target orders a reconciliation left in place because they protect a live position.</summary>
    public IReadOnlyList<long> Kept => kept;

    /// <summary>Every order tracked (unsettled, open and the most recent settled ones).</summary>
    public IEnumerable<TrackedOrder> All => orders.Values;

    /// <summary>The order with this client id, or null.</summary>
    public TrackedOrder? Find(string clientOrderId) => orders.GetValueOrDefault(clientOrderId);

    /// <summary>Applies a journaled event.</summary>
    public void Apply(object journaled)
    {
        switch (journaled)
        {
            case OrderRequested requested:
                Track(new TrackedOrder(requested, OrderStatus.Requested, null, 0m));
                break;
            case OrderAcknowledged ack:
                Update(ack.ClientOrderId, o => o with { Status = ack.Status, OrderId = ack.OrderId, FilledSize = ack.FilledSize });
                break;
            case OrderRejected rejected:
                Update(rejected.ClientOrderId, o => o with { Status = OrderStatus.Rejected });
                break;
            case OrderResolved resolved:
                Update(resolved.ClientOrderId, o => o with { Status = resolved.Status, OrderId = resolved.OrderId ?? o.OrderId, FilledSize = resolved.FilledSize });
                break;
            case OrderCanceled canceled:
                Update(canceled.ClientOrderId, o => o.Status is OrderStatus.Filled or OrderStatus.Triggered ? o : o with { Status = OrderStatus.Canceled });
                break;
            case ProtectionPlanned planned:
                protections[planned.Symbol] = planned;
                break;
            case ProtectionCleared cleared:
                protections.Remove(cleared.Symbol);
                break;
            case OrderDivergenceRecorded { Divergence: { Action: Messages.Reconciliation.OrderDivergenceAction.KeptProtecting, VenueOrderId: { } venueOrderId } }:
                Keep(venueOrderId);
                break;
            case OrderDivergenceRecorded:
                // The record itself is the audit trail; what follows from it is journaled separately.
                break;
            default:
                throw new ArgumentException($"The order router does not journal {journaled.GetType().Name}.", nameof(journaled));
        }
    }

    public OrderRouterSnapshot Snapshot() =>
        new([.. orders.Values.OrderBy(o => o.Request.At)], [.. protections.Values.OrderBy(p => p.Symbol, StringComparer.Ordinal)], [.. kept]);

    public void Restore(OrderRouterSnapshot snapshot)
    {
        orders.Clear();
        live.Clear();
        protections.Clear();
        settled.Clear();
        kept.Clear();
        kept.AddRange(snapshot.KeptVenueOrders ?? []);
        foreach (var order in snapshot.Orders)
        {
            Track(order);
            if (IsSettled(order.Status))
            {
                settled.Enqueue(order.Request.ClientOrderId);
            }
        }

        foreach (var protection in snapshot.Protections)
        {
            protections[protection.Symbol] = protection;
        }
    }

    private void Keep(long venueOrderId)
    {
        if (!kept.Contains(venueOrderId))
        {
            kept.Add(venueOrderId);
            if (kept.Count > KeptRemembered)
            {
                kept.RemoveAt(0);
            }
        }
    }

    private static bool IsSettled(OrderStatus status) =>
        status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.NotPlaced or OrderStatus.Triggered;

    private void Track(TrackedOrder order)
    {
        var clientOrderId = order.Request.ClientOrderId;
        orders[clientOrderId] = order;
        if (order.Status is OrderStatus.Requested or OrderStatus.Open)
        {
            live[clientOrderId] = order;
        }
        else
        {
            live.Remove(clientOrderId);
        }
    }

    private void Update(string clientOrderId, Func<TrackedOrder, TrackedOrder> change)
    {
        if (!orders.TryGetValue(clientOrderId, out var order))
        {
            return;
        }

        var updated = change(order);
        Track(updated);
        if (!IsSettled(order.Status) && IsSettled(updated.Status))
        {
            settled.Enqueue(clientOrderId);
            while (settled.Count > SettledKept)
            {
                var oldest = settled.Dequeue();
                if (orders.TryGetValue(oldest, out var old) && IsSettled(old.Status))
                {
                    orders.Remove(oldest);
                }
            }
        }
    }
}
