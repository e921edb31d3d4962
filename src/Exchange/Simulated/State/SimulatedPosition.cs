namespace FractalTrader.Exchange.Simulated.State;

/// <summary>A net position; mutable, guarded by the venue's lock.</summary>
internal sealed class SimulatedPosition
{
    /// <summary>Signed size: positive long, negative short.</summary>
    public decimal Size { get; set; }

    public decimal EntryPrice { get; set; }
}
