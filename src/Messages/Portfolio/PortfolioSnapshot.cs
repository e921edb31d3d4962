using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Portfolio;

/// <summary>The ledger's whole state, saved every N events. Immutable.</summary>
/// <param name="Positions">Open positions.</param>
/// <param name="RealizedPnl">Realized PnL of every closed trade, before fees.</param>
/// <param name="Fees">Fees of every fill.</param>
/// <param name="Fills">Fills recorded since the journal began.</param>
/// <param name="LastFillTime">Venue time of the newest fill recorded, null before the first.</param>
/// <param name="RecentTradeIds">Trade ids recorded at <paramref name="LastFillTime"/> or shortly before (a re-read from there skips them).</param>
/// <param name="OpenedAt">When the ledger began (<see cref="LedgerOpened"/>), null if not yet.</param>
public sealed record PortfolioSnapshot(
    IReadOnlyList<LedgerPosition> Positions,
    decimal RealizedPnl,
    decimal Fees,
    long Fills,
    DateTimeOffset? LastFillTime,
    IReadOnlyList<long> RecentTradeIds,
    DateTimeOffset? OpenedAt = null) : IJournalEvent;
