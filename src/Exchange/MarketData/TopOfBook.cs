namespace FractalTrader.Exchange.MarketData;

/// <summary>Best bid and ask. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="BidPrice">Best bid, if any.</param>
/// <param name="BidSize">Size at the best bid.</param>
/// <param name="AskPrice">Best ask, if any.</param>
/// <param name="AskSize">Size at the best ask.</param>
/// <param name="Time">Book time.</param>
public sealed record TopOfBook(string Symbol, decimal? BidPrice, decimal BidSize, decimal? AskPrice, decimal AskSize, DateTimeOffset Time)
{
    /// <summary>Mid price, when both sides exist.</summary>
    public decimal? Mid => BidPrice is { } bid && AskPrice is { } ask ? (bid + ask) / 2 : null;
}
