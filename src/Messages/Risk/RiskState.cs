namespace FractalTrader.Messages.Risk;

/// <summary>What the trading system may do, as messages and the journal carry it.</summary>
public enum RiskState
{
    /// <summary>Entries and exits allowed.</summary>
    Active = 0,

    /// <summary>Exits only.</summary>
    Reducing = 1,

    /// <summary>No new positions until an explicit resume.</summary>
    Halted = 2,
}
