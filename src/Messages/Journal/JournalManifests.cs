using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Risk;

namespace FractalTrader.Messages.Journal;

/// <summary>
/// Every journaled event and snapshot type with its stable manifest. A name here is a promise to
/// every journal ever written: rename the type freely, never the manifest. Immutable.
/// </summary>
public static class JournalManifests
{
    /// <summary>All of them, grouped by the actor that writes them.</summary>
    public static IReadOnlyList<JournalManifest> All { get; } =
    [
        new(typeof(SignalDecided), "signal-decided", 1),
        new(typeof(EquityMarked), "equity-marked", 1),
        new(typeof(TradingStateCommanded), "trading-state-commanded", 1),
        new(typeof(EntryFillRecorded), "entry-fill-recorded", 1),
        new(typeof(TradeCloseRecorded), "trade-close-recorded", 1),
        new(typeof(RiskGuardianSnapshot), "risk-guardian-snapshot", 1),

        new(typeof(OrderRequested), "order-requested", 1),
        new(typeof(OrderAcknowledged), "order-acknowledged", 1),
        new(typeof(OrderRejected), "order-rejected", 1),
        new(typeof(OrderResolved), "order-resolved", 1),
        new(typeof(OrderCanceled), "order-canceled", 1),
        new(typeof(ProtectionPlanned), "protection-planned", 1),
        new(typeof(ProtectionCleared), "protection-cleared", 1),
        new(typeof(OrderDivergenceRecorded), "order-divergence-recorded", 1),
        new(typeof(OrderRouterSnapshot), "order-router-snapshot", 1),

        new(typeof(LedgerOpened), "ledger-opened", 1),
        new(typeof(FillRecorded), "fill-recorded", 1),
        new(typeof(PositionCorrected), "position-corrected", 1),
        new(typeof(PortfolioSnapshot), "portfolio-snapshot", 1),
    ];
}
