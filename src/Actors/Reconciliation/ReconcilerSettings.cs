using FractalTrader.Messages.Risk;

namespace FractalTrader.Actors.Reconciliation;

/// <summary>When the reconciler runs and how much divergence it tolerates. Immutable.</summary>
public sealed record ReconcilerSettings
{
    /// <summary>How often the ledger is compared with the venue (wall time). The default is 1 minute.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Wait before retrying a reconciliation that could not finish (wall time). The default is 5 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Corrections tolerated within <see cref="BudgetWindow"/>; one more steps trading to <see cref="BreachState"/>. The default is 2.</summary>
    public int DivergenceBudget { get; init; } = 2;

    /// <summary>The window the budget counts over (market time). The default is 24 hours.</summary>
    public TimeSpan BudgetWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The state trading steps to past the budget: REDUCING or HALTED. The default is HALTED.</summary>
    public RiskState BreachState { get; init; } = RiskState.Halted;

    /// <summary>How long to wait for the portfolio's answers. The default is 30 s.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
