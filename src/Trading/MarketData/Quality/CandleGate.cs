namespace FractalTrader.Trading.MarketData.Quality;

/// <summary>
/// Lets through only bars a strategy can trust for one symbol: consistent prices, on the
/// timeframe's grid, strictly after the last bar let through and contiguous with it. A gap is
/// reported with the first missing bar so the caller can fill it from history; if it cannot,
/// <see cref="Skip"/> re-anchors after the gap. Mutable; not thread-safe (one per symbol).
/// </summary>
public sealed class CandleGate
{
    /// <summary>Creates the gate for <paramref name="symbol"/>'s bars of <paramref name="timeframe"/>.</summary>
    public CandleGate(string symbol, Timeframe timeframe)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        Symbol = symbol;
        Timeframe = timeframe;
    }

    /// <summary>The symbol.</summary>
    public string Symbol { get; }

    /// <summary>The bar interval.</summary>
    public Timeframe Timeframe { get; }

    /// <summary>Open time of the last bar let through (or skipped past), null before the first.</summary>
    public DateTimeOffset? Last { get; private set; }

    /// <summary>Bars let through.</summary>
    public long Accepted { get; private set; }

    /// <summary>Bars refused.</summary>
    public long Refused { get; private set; }

    /// <summary>Checks <paramref name="candle"/> and, when it passes, advances past it.</summary>
    public CandleVerdict Admit(in Candle candle)
    {
        var verdict = Check(candle);
        if (verdict.Accepted)
        {
            Last = candle.OpenTime;
            Accepted++;
        }
        else
        {
            Refused++;
        }

        return verdict;
    }

    /// <summary>Checks <paramref name="candle"/> without changing the gate.</summary>
    public CandleVerdict Check(in Candle candle)
    {
        if (CandleConsistency.Problem(candle) is { } problem)
        {
            return Refuse(CandleFault.Inconsistent, $"{Symbol} {candle.OpenTime:O}: {problem}");
        }

        if ((candle.OpenTime - DateTimeOffset.UnixEpoch).Ticks % Timeframe.Duration.Ticks != 0)
        {
            return Refuse(CandleFault.Misaligned, $"{Symbol} {candle.OpenTime:O}: not on the {Timeframe.Name} grid");
        }

        if (Last is not { } last)
        {
            return CandleVerdict.Accept;
        }

        if (candle.OpenTime == last)
        {
            return Refuse(CandleFault.Duplicate, $"{Symbol} {candle.OpenTime:O}: duplicate of the last bar");
        }

        if (candle.OpenTime < last)
        {
            return Refuse(CandleFault.OutOfOrder, $"{Symbol} {candle.OpenTime:O}: before the last bar {last:O}");
        }

        var expected = last + Timeframe.Duration;
        if (candle.OpenTime != expected)
        {
            var missing = (long)((candle.OpenTime - expected) / Timeframe.Duration);
            return new CandleVerdict(false, CandleFault.Gap, $"{Symbol} {candle.OpenTime:O}: {missing} bar(s) missing from {expected:O}", expected);
        }

        return CandleVerdict.Accept;
    }

    /// <summary>Gives up on filling a gap: the gate continues after <paramref name="candle"/> (which is not passed on).</summary>
    public void Skip(in Candle candle)
    {
        if (Last is null || candle.OpenTime > Last)
        {
            Last = candle.OpenTime;
        }
    }

    private static CandleVerdict Refuse(CandleFault fault, string reason) => new(false, fault, reason);
}
