namespace FractalTrader.Exchange.Simulated.State;

/// <summary>An account at the simulated venue; mutable, guarded by the venue's lock, persisted as JSON.</summary>
internal sealed class SimulatedAccount
{
    public string Address { get; set; } = "";

    /// <summary>Cash: deposits plus realized PnL minus fees.</summary>
    public decimal Balance { get; set; }

    public Dictionary<string, SimulatedPosition> Positions { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Leverage { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The dead-man's switch: cancel every open order at this time.</summary>
    public DateTimeOffset? CancelAllAt { get; set; }
}
