namespace FractalTrader.Trading.MarketData.Synthetic;

/// <summary>One generated symbol: where it starts, how volatile it is relative to the market, and
/// how prices are rounded. Immutable.</summary>
/// <param name="Symbol">The symbol, e.g. <c>BTC</c>.</param>
/// <param name="StartPrice">Price of the first open.</param>
/// <param name="VolatilityScale">Volatility relative to the market (1 = the market's).</param>
/// <param name="PriceDecimals">Decimals prices are rounded to.</param>
/// <param name="BaseVolume">Typical volume per bar.</param>
public sealed record SyntheticSymbol(string Symbol, decimal StartPrice, double VolatilityScale, int PriceDecimals, double BaseVolume)
{
    /// <summary>Sensible defaults for well-known symbols (BTC, ETH, SOL); others start at 100.</summary>
    public static SyntheticSymbol For(string symbol) => symbol.ToUpperInvariant() switch
    {
        "BTC" => new SyntheticSymbol("BTC", 60_000m, 1.0, 1, 1_200),
        "ETH" => new SyntheticSymbol("ETH", 3_000m, 1.25, 2, 15_000),
        "SOL" => new SyntheticSymbol("SOL", 150m, 1.6, 3, 250_000),
        _ => new SyntheticSymbol(symbol, 100m, 1.3, 4, 100_000),
    };
}
