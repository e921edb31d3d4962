namespace FractalTrader.Messages.Risk;

/// <summary>Operator command: back to ACTIVE (breakers rebased to the current equity). Immutable.</summary>
/// <param name="Reason">Why, as the operator gave it (journaled).</param>
public sealed record Resume(string Reason);
