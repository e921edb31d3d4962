namespace FractalTrader.Exchange.Accounts;

/// <summary>Which way a position points.</summary>
public enum PositionDirection
{
    /// <summary>No position.</summary>
    Flat = 0,

    /// <summary>Positive size: gains when the price rises.</summary>
    Long = 1,

    /// <summary>Negative size: gains when the price falls.</summary>
    Short = 2,
}
