using FractalTrader.Messages.Journal;
using FractalTrader.Messages.Reconciliation;

namespace FractalTrader.Messages.Orders;

/// <summary>
/// Journal event: a reconciliation found an order on which the router's journal and the venue
/// disagree (an orphan at the venue, or a resting order the venue no longer has), recorded with
/// both views before the router acts on it. Immutable.
/// </summary>
/// <param name="Divergence">Both views and the action taken.</param>
/// <param name="At">When.</param>
public sealed record OrderDivergenceRecorded(OrderDivergence Divergence, DateTimeOffset At) : IJournalEvent;
