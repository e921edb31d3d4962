namespace FractalTrader.Exchange.Simulated.Faults;

/// <summary>Where a fault can strike; each point counts its own occurrences for scripted faults.</summary>
public enum FaultPoint
{
    /// <summary>Any request (info or action): rate limits.</summary>
    Request = 0,

    /// <summary>An order-changing action (place, modify, cancel): timeouts and rejects.</summary>
    OrderAction = 1,

    /// <summary>A stream event about to be delivered: disconnects, duplicates, reorders.</summary>
    StreamEvent = 2,
}
