using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.Simulated.State;

/// <summary>One symbol's live market at the venue; mutable, guarded by the venue's lock.</summary>
internal sealed class MarketState(CandleTape tape)
{
    public CandleTape Tape { get; } = tape;

    /// <summary>Index of the bar open now.</summary>
    public long FormingIndex { get; set; }

    public decimal Open { get; set; }

    public decimal High { get; set; }

    public decimal Low { get; set; }

    public decimal Close { get; set; }

    public decimal Volume { get; set; }

    public decimal Mark { get; set; }

    /// <summary>Volume of the last closed bar: the liquidity takers find at the touch.</summary>
    public decimal LastVolume { get; set; }

    public Candle Forming => new(Tape.OpenTime(FormingIndex), Open, High, Low, Close, Volume);

    public void StartBar(long index, decimal price)
    {
        FormingIndex = index;
        Open = High = Low = Close = price;
        Volume = 0;
    }

    public void Touch(decimal price, decimal volume)
    {
        High = Math.Max(High, price);
        Low = Math.Min(Low, price);
        Close = price;
        Volume += volume;
        Mark = price;
    }

    public MarketCursor Save() => new(FormingIndex, Open, High, Low, Close, Volume, Mark);

    public void Load(MarketCursor cursor)
    {
        (FormingIndex, Open, High, Low, Close, Volume, Mark) =
            (cursor.FormingIndex, cursor.Open, cursor.High, cursor.Low, cursor.Close, cursor.Volume, cursor.Mark);
    }
}
