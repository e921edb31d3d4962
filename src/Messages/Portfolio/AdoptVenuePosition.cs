namespace FractalTrader.Messages.Portfolio;

/// <summary>
/// The reconciler asks the portfolio to adopt the venue's position in a symbol; applied only if
/// the ledger is still at <paramref name="Revision"/> (else the comparison is stale and is
/// redone). The answer is a <see cref="VenuePositionAdopted"/>. Immutable.
/// </summary>
/// <param name="Symbol">Coin.</param>
/// <param name="VenueSignedSize">The venue's signed size.</param>
/// <param name="VenueEntryPrice">The venue's average entry.</param>
/// <param name="Reason">What kind of difference it is.</param>
/// <param name="Revision">The ledger revision the comparison was made against.</param>
public sealed record AdoptVenuePosition(string Symbol, decimal VenueSignedSize, decimal VenueEntryPrice, string Reason, long Revision);
