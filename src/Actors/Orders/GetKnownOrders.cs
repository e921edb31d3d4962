namespace FractalTrader.Actors.Orders;

/// <summary>Asks the order router for the orders its journal knows (<see cref="KnownOrders"/>), for the reconciler.</summary>
internal sealed record GetKnownOrders
{
    public static GetKnownOrders Instance { get; } = new();
}
