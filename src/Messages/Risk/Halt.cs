namespace FractalTrader.Messages.Risk;

/// <summary>Operator command: stop new entries until <see cref="Resume"/>; exits and protective orders continue. Immutable.</summary>
/// <param name="Reason">Why, as the operator gave it (journaled).</param>
public sealed record Halt(string Reason);
