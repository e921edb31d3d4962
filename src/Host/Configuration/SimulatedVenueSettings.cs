namespace FractalTrader.Host.Configuration;

/// <summary>The in-process paper venue. Immutable.</summary>
/// <param name="Data">Bars replayed per symbol: symbol and CSV path.</param>
/// <param name="Seed">Seed of slippage and synthetic prices.</param>
/// <param name="StartingBalance">USD balance of a fresh paper account.</param>
/// <param name="StatePath">SQLite file of the venue's state.</param>
public sealed record SimulatedVenueSettings(IReadOnlyList<(string Symbol, string Path)> Data, int Seed, decimal StartingBalance, string StatePath);
