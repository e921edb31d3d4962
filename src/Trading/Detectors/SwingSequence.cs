using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Detectors;

/// <summary>
/// The last two swing highs and lows seen and the trend verdict they give (spec §3.2 step 3):
/// HH and HL → 1, LH and LL → -1, anything else → 0; before two of each, the verdict stays 0.
/// Mutable; not thread-safe.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct SwingSequence
{
    private double previousHigh;
    private double lastHigh;
    private double previousLow;
    private double lastLow;
    private int highs;
    private int lows;

    /// <summary>The current verdict: 1, -1 or 0.</summary>
    public int Current { get; private set; }

    public void AddHigh(double price)
    {
        previousHigh = lastHigh;
        lastHigh = price;
        highs++;
        Evaluate();
    }

    public void AddLow(double price)
    {
        previousLow = lastLow;
        lastLow = price;
        lows++;
        Evaluate();
    }

    /// <summary>The verdict for the given last two highs and lows.</summary>
    public static int Classify(double previousHigh, double lastHigh, double previousLow, double lastLow)
    {
        if (lastHigh > previousHigh && lastLow > previousLow)
        {
            return 1;
        }

        return lastHigh < previousHigh && lastLow < previousLow ? -1 : 0;
    }

    private void Evaluate()
    {
        if (highs >= 2 && lows >= 2)
        {
            Current = Classify(previousHigh, lastHigh, previousLow, lastLow);
        }
    }
}
