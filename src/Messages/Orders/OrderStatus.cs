namespace FractalTrader.Messages.Orders;

/// <summary>Where one of our orders stands, as far as the router knows. Accepted (open) is not filled.</summary>
public enum OrderStatus
{
    /// <summary>Journaled; the venue's answer is not known yet (in flight, or lost in a crash).</summary>
    Requested = 0,

    /// <summary>Accepted and resting (or waiting for its trigger). Not a fill.</summary>
    Open = 1,

    /// <summary>Completely filled (for an IOC order: done, with what filled).</summary>
    Filled = 2,

    /// <summary>Cancelled.</summary>
    Canceled = 3,

    /// <summary>Trigger fired; it became a market order.</summary>
    Triggered = 4,

    /// <summary>Refused by the venue.</summary>
    Rejected = 5,

    /// <summary>The venue never saw it (established by asking its status by client id, never by sending it again).</summary>
    NotPlaced = 6,
}
