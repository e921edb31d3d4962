namespace FractalTrader.Messages.Reconciliation;

/// <summary>
/// A reconciliation finished: the ledger now equals the venue. The first one of a run enables
/// trading (and readiness); divergences count against the budget. Published on the event stream
/// and sent to the risk guardian. Immutable.
/// </summary>
/// <param name="Sequence">1 for the first reconciliation of this run, then 2, 3, ….</param>
/// <param name="Divergences">Differences found and corrected.</param>
/// <param name="DivergencesInWindow">Corrections within the budget window, these included.</param>
/// <param name="VenuePositions">Positions held at the venue.</param>
/// <param name="OpenOrders">Orders open at the venue.</param>
/// <param name="At">When.</param>
/// <param name="OrderDivergences">Orders on which the journal and the venue disagreed (orphans, resting orders gone), with what was done; they count against the budget too.</param>
public sealed record ReconciliationCompleted(
    int Sequence,
    IReadOnlyList<PositionDivergence> Divergences,
    int DivergencesInWindow,
    int VenuePositions,
    int OpenOrders,
    DateTimeOffset At,
    IReadOnlyList<OrderDivergence>? OrderDivergences = null);
