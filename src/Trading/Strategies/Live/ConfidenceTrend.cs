using FractalTrader.Trading.Detectors;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// The trend factor of the confidence score (spec §4, <see cref="SignalConfidence"/>) for the newest
/// bar, from swing marks kept bar by bar instead of re-finding every swing of the 51-bar window for
/// each signal. A bar's swing test with the window's period (5 once the window has 20 bars) only
/// reads its 5 neighbours each side, so inside the window it is the same test whichever window asks;
/// the marks are written once, when the fifth bar after a candidate closes. Mutable; not thread-safe.
/// </summary>
internal sealed class ConfidenceTrend
{
    /// <summary>The swing period of a full confidence window: min(5, length / 4).</summary>
    public const int Period = 5;

    // A ring of marks addressed by absolute bar (a power of two); it must outlast the window (51 bars).
    private const int Capacity = 64;

    private const byte HighMark = 1;
    private const byte LowMark = 2;

    private readonly BarHistory bars;
    private readonly SwingTracker? swings;
    private readonly byte[] marks = new byte[Capacity];

    /// <summary>Keeps the marks of <paramref name="bars"/>.</summary>
    /// <param name="bars">The symbol's bars.</param>
    /// <param name="swings">A strategy's tracker with the same period, if any: its verdict on the candidate is the mark (tested once, not twice).</param>
    public ConfidenceTrend(BarHistory bars, SwingTracker? swings)
    {
        if (swings is not null && swings.Period != Period)
        {
            throw new ArgumentException($"The confidence trend needs swings of period {Period}, not {swings.Period}.", nameof(swings));
        }

        this.bars = bars;
        this.swings = swings;
    }

    /// <summary>Window lengths from which the marks give the trend (shorter windows use a smaller period).</summary>
    public static int MinimumLength => 4 * Period;

    /// <summary>Marks the bar <see cref="Period"/> back as a swing high and/or low; call after each appended bar (and after the shared tracker's update).</summary>
    public void OnBar()
    {
        var candidate = bars.Last - Period;
        if (candidate < 0)
        {
            return;
        }

        byte mark = 0;
        var from = candidate - Period;
        if (swings is not null)
        {
            // The tracker tests the same candidate with the same neighbours, from the same first bar.
            mark |= swings.NewHigh.HasValue ? HighMark : (byte)0;
            mark |= swings.NewLow.HasValue ? LowMark : (byte)0;
        }
        else if (from >= bars.Start)
        {
            mark |= SwingPoints.IsSwingHigh(bars.HighsFrom(from), Period, Period) ? HighMark : (byte)0;
            mark |= SwingPoints.IsSwingLow(bars.LowsFrom(from), Period, Period) ? LowMark : (byte)0;
        }

        marks[candidate & (Capacity - 1)] = mark;
    }

    /// <summary>
    /// The trend at the newest bar and the share of window bars with that trend, exactly as
    /// <see cref="MarketTrend.Determine(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{int})"/> over
    /// <see cref="SwingPoints.Find(ReadOnlySpan{double}, ReadOnlySpan{double}, int, Span{double}, Span{double})"/>
    /// of the window starting at bar <paramref name="start"/> reports them.
    /// </summary>
    public (int Current, double Consistency) Measure(int start)
    {
        var last = bars.Last;
        var length = last - start + 1;
        var first = start + Period;
        var end = last - Period;
        // With fewer than two highs or two lows the sequence never gives a verdict: the whole
        // window stays flat and agrees with its flat current trend, as in the batch.
        var sequence = default(SwingSequence);
        Span<int> barsWith = stackalloc int[3];
        var trend = 0;
        var runStart = 0;
        for (var bar = first; bar <= end; bar++)
        {
            var mark = marks[bar & (Capacity - 1)];
            if (mark == 0)
            {
                continue;
            }

            // Highs before lows on one bar, as the batch sort does.
            if ((mark & HighMark) != 0)
            {
                sequence.AddHigh(bars.High(bar));
            }

            if ((mark & LowMark) != 0)
            {
                sequence.AddLow(bars.Low(bar));
            }

            // A touched bar with no verdict keeps the previous trend (the batch's forward fill).
            if (sequence.Current != 0)
            {
                var at = bar - start;
                barsWith[trend + 1] += at - runStart;
                trend = sequence.Current;
                runStart = at;
            }
        }

        barsWith[trend + 1] += length - runStart;
        return (trend, (double)barsWith[trend + 1] / length);
    }
}
