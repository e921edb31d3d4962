namespace FractalTrader.Exchange.Orders;

/// <summary>Where an order stands at the venue (Hyperliquid's live states; every …Canceled
/// reason maps to <see cref="Canceled"/>, every …Rejected to <see cref="Rejected"/>).</summary>
public enum OrderState
{
    /// <summary>Resting on the book, or a trigger order waiting for its trigger.</summary>
    Open = 0,

    /// <summary>Completely filled.</summary>
    Filled = 1,

    /// <summary>Cancelled (by the user, the dead-man's switch, reduce-only, margin, …).</summary>
    Canceled = 2,

    /// <summary>A trigger order whose trigger fired; it became a market order.</summary>
    Triggered = 3,

    /// <summary>Rejected by the venue.</summary>
    Rejected = 4,
}
