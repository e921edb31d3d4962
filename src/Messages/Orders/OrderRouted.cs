namespace FractalTrader.Messages.Orders;

/// <summary>Published on the event stream whenever the venue's answer to one of our orders becomes known (ack, rejection, resolution). Immutable.</summary>
/// <param name="ClientOrderId">The order.</param>
/// <param name="Role">Entry, stop, target or exit.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="Status">Where it stands now.</param>
/// <param name="Detail">The venue's words or how it was resolved.</param>
public sealed record OrderRouted(string ClientOrderId, OrderRole Role, string Symbol, OrderStatus Status, string Detail);
