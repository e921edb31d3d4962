using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Orders;

namespace FractalTrader.Actors.Orders;

/// <content>Messages the router's venue calls send back to it.</content>
public sealed partial class OrderRouterActor
{
    private sealed record Placed(string ClientOrderId, OrderAck Ack);

    private sealed record PlaceRefused(string ClientOrderId, string Reason);

    private sealed record AnswerLost(string ClientOrderId, string Detail);

    private sealed record StatusFound(string ClientOrderId, OrderStatusReport? Report, string Detail);

    private sealed record StatusUnknown(string ClientOrderId, string Detail, string Error);

    private sealed record ResolveAgain(string ClientOrderId, string Detail);

    private sealed record CancelDone(string ClientOrderId, string Reason, bool Succeeded);

    private sealed record FlattenPlan(string Reason, string RequestId, IReadOnlyList<Position> Positions, IReadOnlyList<VenueOrder> Canceled);

    private sealed record OrphanCancelDone(string Symbol, long VenueOrderId, string? ClientOrderId, string? Error);

    private sealed record VenueCallFailed(string Operation, string Error);

    private sealed record DeadManArmed(DateTimeOffset Until);

    private sealed record DeadManFailed(DateTimeOffset Wanted, string Error);

    private sealed record ArmDeadMan
    {
        public static ArmDeadMan Instance { get; } = new();
    }
}
