namespace FractalTrader.Messages.Risk;

/// <summary>Operator command: halt, cancel every open order and flatten every position with reduce-only orders. Immutable.</summary>
/// <param name="Reason">Why, as the operator gave it (journaled).</param>
public sealed record EmergencyStop(string Reason);
