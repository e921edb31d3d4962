namespace FractalTrader.Trading.WalkForward;

/// <summary>How in-sample windows move through the data.</summary>
public enum WindowScheme
{
    /// <summary>A fixed-length training window that slides forward with the test window.</summary>
    Rolling,

    /// <summary>Training always starts at the first bar and grows.</summary>
    Anchored,
}
