namespace FractalTrader.Exchange.Simulated.Faults;

/// <summary>A fault the simulated venue can inject.</summary>
public enum FaultKind
{
    /// <summary>An order request times out before it reaches the venue (no effect).</summary>
    TimeoutBeforeSend = 0,

    /// <summary>An order request takes effect but the answer is lost (ambiguous to the client).</summary>
    TimeoutAfterSend = 1,

    /// <summary>A request is answered with HTTP 429 / rate limited (no effect).</summary>
    RateLimit = 2,

    /// <summary>An order is rejected (insufficient margin) regardless of its merits.</summary>
    Reject = 3,

    /// <summary>A stream connection drops just before delivering an event.</summary>
    Disconnect = 4,

    /// <summary>A stream event is delivered twice.</summary>
    Duplicate = 5,

    /// <summary>A stream event is held back and delivered after the next one.</summary>
    Reorder = 6,
}
