using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Simulated.State;

/// <summary>An order held by the simulated venue; mutable, guarded by the venue's lock, persisted as JSON.</summary>
internal sealed class SimulatedOrder
{
    public long OrderId { get; set; }

    public string Account { get; set; } = "";

    public string? ClientOrderId { get; set; }

    public string Symbol { get; set; } = "";

    public OrderSide Side { get; set; }

    public OrderKind Kind { get; set; }

    public TimeInForce TimeInForce { get; set; }

    public decimal LimitPrice { get; set; }

    public decimal? TriggerPrice { get; set; }

    public decimal OriginalSize { get; set; }

    public decimal RemainingSize { get; set; }

    public bool ReduceOnly { get; set; }

    public OrderState State { get; set; }

    public string VenueStatus { get; set; } = "open";

    public DateTimeOffset PlacedAt { get; set; }

    public DateTimeOffset StatusTime { get; set; }

    public bool IsTrigger => Kind is OrderKind.StopMarket or OrderKind.TakeProfit;

    public bool IsBuy => Side == OrderSide.Buy;

    public ClientOrderId? Cloid => Orders.ClientOrderId.TryParse(ClientOrderId, out var id) ? id : null;

    public VenueOrder ToVenueOrder() => new(
        OrderId, Cloid, Symbol, Side, Kind, LimitPrice, RemainingSize, OriginalSize, TriggerPrice, ReduceOnly, PlacedAt);

    public OrderStatusReport ToStatus() => new(ToVenueOrder(), State, VenueStatus, StatusTime);
}
