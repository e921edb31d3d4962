using FractalTrader.Actors.Mapping;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Orders;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Portfolio;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Orders;

/// <content>Venue-side protection of filled entries, and flattening everything on an emergency stop.</content>
public sealed partial class OrderRouterActor
{
    private void OnPositionChanged(PositionChanged change)
    {
        var current = book.Protections.GetValueOrDefault(change.Symbol);
        if (change.SignedSize == 0)
        {
            if (current is not null)
            {
                CancelProtection(change.Symbol, "position flat");
                Persist(new ProtectionCleared(change.Symbol, clock.Now), book.Apply);
            }

            return;
        }

        var direction = DirectionMapping.OfSignedSize(change.SignedSize);
        var size = Math.Abs(change.SignedSize);
        var entry = change.ClientOrderId is { } id && book.Find(id) is { Request.Role: OrderRole.Entry } found ? found.Request : null;
        (string IntentId, decimal Stop, decimal Target)? levels =
            entry is { ProtectiveStop: { } stop, ProtectiveTarget: { } target } ? (entry.IntentId, stop, target)
            : current is not null && current.Direction == direction ? (current.IntentId, current.StopLoss, current.TakeProfit)
            : null;
        if (levels is not { } l)
        {
            if (current is not null)
            {
                CancelProtection(change.Symbol, "position changed direction without an entry of ours");
                Persist(new ProtectionCleared(change.Symbol, clock.Now), book.Apply);
            }

            log.LogWarning("{Symbol}: position {Size} has no stop and target of ours (adopted or opened outside the router)", change.Symbol, change.SignedSize);
            return;
        }

        if (current is not null && current.Direction == direction && current.Size == size && string.Equals(current.IntentId, l.IntentId, StringComparison.Ordinal))
        {
            return;
        }

        if (current is not null)
        {
            CancelProtection(change.Symbol, "replaced by protection of the new position size");
        }

        Protect(new ProtectionPlanned(change.Symbol, l.IntentId, direction, l.Stop, l.Target, size, (current?.Generation ?? 0) + 1, clock.Now));
    }

    /// <summary>Journals <paramref name="planned"/> and sends its stop and target, each journaled before it leaves.</summary>
    private void Protect(ProtectionPlanned planned)
    {
        var closing = planned.Direction.Closing();
        var stopOrder = new OrderRequested(
            ClientOrderIds.Protective(planned.IntentId, OrderRole.StopLoss, planned.Generation).ToString(), planned.IntentId, OrderRole.StopLoss, planned.Symbol, closing,
            OrderType.StopMarket, planned.Size, null, planned.StopLoss, true, planned.At);
        var targetOrder = new OrderRequested(
            ClientOrderIds.Protective(planned.IntentId, OrderRole.TakeProfit, planned.Generation).ToString(), planned.IntentId, OrderRole.TakeProfit, planned.Symbol, closing,
            OrderType.TakeProfit, planned.Size, null, planned.TakeProfit, true, planned.At);
        log.LogInformation(
            "{Symbol}: protecting {Direction} {Size} with stop {Stop} and target {Target} (generation {Generation})",
            planned.Symbol, planned.Direction, planned.Size, planned.StopLoss, planned.TakeProfit, planned.Generation);
        Persist(planned, book.Apply);
        Persist(stopOrder, Send);
        Persist(targetOrder, Send);
    }

    /// <summary>Cancels the symbol's open protective orders; an order already gone is settled by its status.</summary>
    private void CancelProtection(string symbol, string reason)
    {
        foreach (var order in book.Open.Concat(book.Unsettled)
            .Where(o => o.Request.Role is OrderRole.StopLoss or OrderRole.TakeProfit && string.Equals(o.Request.Symbol, symbol, StringComparison.Ordinal))
            .ToList())
        {
            CancelAtVenue(order.Request.Symbol, order.Request.ClientOrderId, reason);
        }
    }

    private void CancelAtVenue(string symbol, string clientOrderId, string reason)
    {
        canceling.Add(clientOrderId);
        Call(
            async venue =>
            {
                await venue.CancelOrderAsync(symbol, ClientOrderId.Parse(clientOrderId));
                return new CancelDone(clientOrderId, reason, Succeeded: true);
            },
            e => new CancelDone(clientOrderId, $"{reason}; cancel failed: {e.Message}", Succeeded: false));
    }

    private void OnCancelDone(CancelDone done)
    {
        canceling.Remove(done.ClientOrderId);
        if (!done.Succeeded)
        {
            // Filled, triggered or already cancelled: the venue's status says which.
            Resolve(done.ClientOrderId, done.Reason);
            return;
        }

        Persist(new OrderCanceled(done.ClientOrderId, done.Reason, clock.Now), canceled =>
        {
            book.Apply(canceled);
            log.LogInformation("Order {ClientOrderId} cancelled: {Reason}", canceled.ClientOrderId, canceled.Reason);
            if (book.Find(canceled.ClientOrderId) is { } order)
            {
                Context.System.EventStream.Publish(new OrderRouted(canceled.ClientOrderId, order.Request.Role, order.Request.Symbol, order.Status, canceled.Reason));
            }
        });
    }

    private void OnFlattenAll(FlattenAll flatten)
    {
        log.LogWarning("Flattening everything: {Reason}", flatten.Reason);
        var self = Self;
        var venue = exchange;
        _ = Task.Run(async () =>
        {
            try
            {
                var open = await venue.GetOpenOrdersAsync();
                var canceled = new List<VenueOrder>();
                foreach (var order in open)
                {
                    try
                    {
                        await venue.CancelOrderAsync(order.Symbol, order.OrderId);
                        canceled.Add(order);
                    }
                    catch (OrderRejectedException)
                    {
                        // Gone meanwhile (filled or triggered): nothing left to cancel.
                    }
                }

                var positions = await venue.GetPositionsAsync();
                self.Tell(new FlattenPlan(flatten.Reason, flatten.RequestId, positions, canceled), self);
            }
            catch (Exception e)
            {
                self.Tell(new VenueCallFailed("flatten: " + flatten.Reason, e.Message), self);
            }
        });
    }

    private void OnFlattenPlan(FlattenPlan plan)
    {
        var now = clock.Now;
        foreach (var order in plan.Canceled)
        {
            if (order.ClientOrderId is { } id && book.Find(id.ToString()) is not null)
            {
                Persist(new OrderCanceled(id.ToString(), plan.Reason, now), book.Apply);
            }
        }

        foreach (var symbol in book.Protections.Keys.ToList())
        {
            Persist(new ProtectionCleared(symbol, now), book.Apply);
        }

        foreach (var position in plan.Positions.Where(p => p.SignedSize != 0))
        {
            var direction = DirectionMapping.OfSignedSize(position.SignedSize);
            var exit = new OrderRequested(
                ClientOrderIds.Exit(position.Symbol, plan.RequestId).ToString(), "flatten/" + plan.RequestId, OrderRole.Exit, position.Symbol, direction.Closing(),
                OrderType.Market, position.Size, null, null, true, now);
            if (book.Find(exit.ClientOrderId) is null)
            {
                Persist(exit, Send);
            }
        }

        log.LogWarning("Flatten {RequestId}: {Canceled} orders cancelled, {Positions} positions closing with reduce-only market orders", plan.RequestId, plan.Canceled.Count, plan.Positions.Count(p => p.SignedSize != 0));
    }
}
