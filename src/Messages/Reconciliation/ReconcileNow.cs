namespace FractalTrader.Messages.Reconciliation;

/// <summary>Asks the reconciler to compare the ledger with the venue now (it also runs at start-up and on a timer).</summary>
public sealed record ReconcileNow;
