namespace FractalTrader.Messages.Reconciliation;

/// <summary>A reconciliation could not finish (venue unreachable, ledger busy); it is retried, and until a first one passes nothing trades. Immutable.</summary>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
public sealed record ReconciliationFailed(string Reason, DateTimeOffset At);
