namespace FractalTrader.Trading.Detectors;

/// <summary>What counts as filling a fair value gap.</summary>
public enum FvgFillMode
{
    /// <summary>Any touch of the gap.</summary>
    Full,

    /// <summary>A touch of the gap's lower part, up to <c>partial_percent</c> of its height — for both
    /// directions, as in the original (so a bearish gap fills on any touch of its lower edge).</summary>
    Partial,
}
