namespace FractalTrader.Exchange.Errors;

/// <summary>The venue refused the order (or cancel/modify) for a stated reason; retrying it unchanged is pointless.</summary>
public sealed class OrderRejectedException : ExchangeException
{
    /// <summary>Creates the error.</summary>
    public OrderRejectedException(string venue, string operation, RejectReason reason, string venueMessage)
        : base(venue, operation, $"rejected ({reason}): {venueMessage}")
    {
        Reason = reason;
        VenueMessage = venueMessage;
    }

    /// <summary>The classified reason.</summary>
    public RejectReason Reason { get; }

    /// <summary>The venue's own words.</summary>
    public string VenueMessage { get; }
}
