namespace FractalTrader.Exchange.Instruments;

/// <summary>Which way to move a price or size that is off the grid.</summary>
public enum PriceRounding
{
    /// <summary>To the nearest valid value (ties to even).</summary>
    Nearest = 0,

    /// <summary>Toward zero: a buy limit never pays more than asked.</summary>
    Down = 1,

    /// <summary>Away from zero: a sell limit never receives less than asked.</summary>
    Up = 2,
}
