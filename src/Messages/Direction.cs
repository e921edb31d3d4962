namespace FractalTrader.Messages;

/// <summary>Which way a trade or position points; the value is the sign of its size.</summary>
public enum Direction
{
    /// <summary>Gains when the price rises (positive size).</summary>
    Long = 1,

    /// <summary>Gains when the price falls (negative size).</summary>
    Short = -1,
}
