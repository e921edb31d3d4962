namespace FractalTrader.Trading.Risk;

/// <summary>Whether the book takes a new position, at which size, and why. Immutable.</summary>
/// <param name="Approved">Whether the position may be opened.</param>
/// <param name="Size">Allowed size (possibly reduced to fit an exposure cap), 0 when refused.</param>
/// <param name="Reason">The limit that refused or reduced it, or "within limits".</param>
public sealed record PortfolioDecision(bool Approved, decimal Size, string Reason);
