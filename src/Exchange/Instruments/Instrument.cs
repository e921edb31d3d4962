namespace FractalTrader.Exchange.Instruments;

/// <summary>A tradable instrument and its venue rules. Immutable.</summary>
/// <param name="Symbol">Coin name: <c>BTC</c> for perps, <c>PURR/USDC</c> or <c>@1</c> for spot.</param>
/// <param name="AssetId">Hyperliquid asset id: universe index for perps, 10000 + index for spot.</param>
/// <param name="SzDecimals">Size decimals.</param>
/// <param name="MaxLeverage">Maximum leverage (1 for spot).</param>
/// <param name="IsSpot">Spot rather than perpetual.</param>
/// <param name="MinOrderValue">Minimum order notional; Hyperliquid's is 10 (USD or quote token).</param>
public sealed record Instrument(string Symbol, int AssetId, int SzDecimals, int MaxLeverage, bool IsSpot = false, decimal MinOrderValue = 10m)
{
    /// <summary>The instrument's tick/lot rules.</summary>
    public OrderRounding Rounding => new(SzDecimals, IsSpot, MinOrderValue);
}
