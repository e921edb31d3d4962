namespace FractalTrader.Messages.Portfolio;

/// <summary>The ledger as it stands. Immutable.</summary>
/// <param name="Positions">Open positions.</param>
/// <param name="RealizedPnl">Realized PnL of closed trades, before fees.</param>
/// <param name="Fees">Fees of every fill.</param>
/// <param name="Fills">Fills recorded since the journal began.</param>
/// <param name="LastFillTime">Venue time of the newest fill, null before the first.</param>
/// <param name="Equity">Equity as the venue last reported it, null before the first read.</param>
/// <param name="Revision">Grows with every change of the ledger; a correction names the revision it was computed against.</param>
public sealed record PortfolioView(
    IReadOnlyList<LedgerPosition> Positions,
    decimal RealizedPnl,
    decimal Fees,
    long Fills,
    DateTimeOffset? LastFillTime,
    decimal? Equity,
    long Revision);
