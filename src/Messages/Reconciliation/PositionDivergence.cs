namespace FractalTrader.Messages.Reconciliation;

/// <summary>One symbol on which the ledger and the venue disagreed, with both views. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="Kind">How they differ.</param>
/// <param name="LedgerSignedSize">The ledger's signed size.</param>
/// <param name="VenueSignedSize">The venue's signed size (adopted).</param>
/// <param name="VenueEntryPrice">The venue's average entry.</param>
public sealed record PositionDivergence(string Symbol, DivergenceKind Kind, decimal LedgerSignedSize, decimal VenueSignedSize, decimal VenueEntryPrice);
