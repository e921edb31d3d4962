namespace FractalTrader.Trading.Risk;

/// <summary>A yes or no with the reason. Immutable.</summary>
/// <param name="Approved">Whether the action may proceed.</param>
/// <param name="Reason">Why (always set).</param>
public sealed record RiskDecision(bool Approved, string Reason);
