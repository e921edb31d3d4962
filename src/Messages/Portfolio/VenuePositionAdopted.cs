namespace FractalTrader.Messages.Portfolio;

/// <summary>The portfolio's answer to <see cref="AdoptVenuePosition"/>. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="Applied">False when the ledger changed since the comparison (nothing was written).</param>
public sealed record VenuePositionAdopted(string Symbol, bool Applied);
