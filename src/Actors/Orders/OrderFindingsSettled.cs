using FractalTrader.Messages.Reconciliation;

namespace FractalTrader.Actors.Orders;

/// <summary>The router's answer to <see cref="SettleOrderFindings"/>: the divergences it journaled and acted on (a finding the router had meanwhile settled itself is left out). Immutable.</summary>
/// <param name="Recorded">Journaled divergences.</param>
internal sealed record OrderFindingsSettled(IReadOnlyList<OrderDivergence> Recorded);
