using FractalTrader.Messages.MarketData;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Actors.Mapping;

/// <summary>Between the domain's <see cref="Candle"/> and the <see cref="CandleClosed"/> message. Stateless.</summary>
public static class CandleMapping
{
    /// <summary>The message for a closed bar.</summary>
    public static CandleClosed ToMessage(this in Candle candle, string symbol, Timeframe timeframe) =>
        new(symbol, timeframe.Name, candle.OpenTime, candle.OpenTime + timeframe.Duration, candle.Open, candle.High, candle.Low, candle.Close, candle.Volume);

    /// <summary>The domain bar of a message.</summary>
    public static Candle ToCandle(this CandleClosed message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Candle(message.OpenTime, message.Open, message.High, message.Low, message.Close, message.Volume);
    }
}
