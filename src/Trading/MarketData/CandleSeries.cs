using FractalTrader.Trading.Numerics;

namespace FractalTrader.Trading.MarketData;

/// <summary>
/// Candles in columns of <see cref="double"/> for the detectors, beside the exact decimal candles
/// they came from. Immutable and thread-safe; <see cref="Slice"/> shares the columns.
/// </summary>
/// <remarks>
/// Each double is converted with <see cref="ExactDouble"/>, so it equals what parsing the CSV text
/// gives — the numbers the original Python code computed with.
/// </remarks>
public sealed class CandleSeries
{
    private readonly Candle[] candles;
    private readonly double[] open;
    private readonly double[] high;
    private readonly double[] low;
    private readonly double[] close;
    private readonly double[] volume;
    private readonly DateTimeOffset[] openTimes;
    private readonly int offset;

    private CandleSeries(Candle[] candles, double[] open, double[] high, double[] low, double[] close, double[] volume, DateTimeOffset[] openTimes, int offset, int count)
    {
        this.candles = candles;
        this.openTimes = openTimes;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.offset = offset;
        Count = count;
    }

    /// <summary>Number of bars.</summary>
    public int Count { get; }

    /// <summary>Opening prices, one per bar.</summary>
    public ReadOnlySpan<double> Open => open.AsSpan(offset, Count);

    /// <summary>Highest prices, one per bar.</summary>
    public ReadOnlySpan<double> High => high.AsSpan(offset, Count);

    /// <summary>Lowest prices, one per bar.</summary>
    public ReadOnlySpan<double> Low => low.AsSpan(offset, Count);

    /// <summary>Closing prices, one per bar.</summary>
    public ReadOnlySpan<double> Close => close.AsSpan(offset, Count);

    /// <summary>Volumes, one per bar.</summary>
    public ReadOnlySpan<double> Volume => volume.AsSpan(offset, Count);

    /// <summary>The exact candle at bar <paramref name="index"/>.</summary>
    public Candle this[int index] => At(index);

    /// <summary>The exact candle at bar <paramref name="index"/>, by reference (a replay reads one price of it per bar).</summary>
    internal ref readonly Candle At(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The series has {Count} bars.");
        }

        return ref candles[offset + index];
    }

    /// <summary>Builds the columns from candles (which must already be in time order).</summary>
    public static CandleSeries From(IReadOnlyList<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        var n = candles.Count;
        var o = new double[n];
        var h = new double[n];
        var l = new double[n];
        var c = new double[n];
        var v = new double[n];
        var times = new DateTimeOffset[n];
        for (var i = 0; i < n; i++)
        {
            var candle = candles[i];
            times[i] = candle.OpenTime;
            o[i] = ExactDouble.From(candle.Open);
            h[i] = ExactDouble.From(candle.High);
            l[i] = ExactDouble.From(candle.Low);
            c[i] = ExactDouble.From(candle.Close);
            v[i] = ExactDouble.From(candle.Volume);
        }

        return new CandleSeries([.. candles], o, h, l, c, v, times, 0, n);
    }

    /// <summary>Open time of bar <paramref name="index"/>.</summary>
    public DateTimeOffset OpenTime(int index) =>
        (uint)index < (uint)Count ? openTimes[offset + index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"The series has {Count} bars.");

    /// <summary>A view of <paramref name="length"/> bars from <paramref name="start"/>, sharing the columns.</summary>
    public CandleSeries Slice(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Bars {start}..{start + length - 1} are outside a series of {Count}.");
        }

        return new CandleSeries(candles, open, high, low, close, volume, openTimes, offset + start, length);
    }
}
