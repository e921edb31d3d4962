namespace FractalTrader.Messages.Orders;

/// <summary>Why the router sent an order.</summary>
public enum OrderRole
{
    /// <summary>Opens a position for an approved signal.</summary>
    Entry = 0,

    /// <summary>Venue-side reduce-only stop protecting a filled entry.</summary>
    StopLoss = 1,

    /// <summary>Venue-side reduce-only target of a filled entry.</summary>
    TakeProfit = 2,

    /// <summary>Reduce-only market order closing a position (emergency stop, flatten).</summary>
    Exit = 3,
}
