namespace FractalTrader.Actors.Orders;

/// <summary>The reconciler hands the router what it found; the router journals each divergence with both views, acts, and answers <see cref="OrderFindingsSettled"/>. Immutable.</summary>
/// <param name="Findings">What was found.</param>
internal sealed record SettleOrderFindings(IReadOnlyList<OrderFinding> Findings);
