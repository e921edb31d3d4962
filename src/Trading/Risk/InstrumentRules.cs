namespace FractalTrader.Trading.Risk;

/// <summary>
/// What a venue accepts for one symbol: sizes in whole lots, and a minimum order value.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Symbol">The symbol, e.g. <c>BTC</c>.</param>
/// <param name="LotSize">Size step; sizes are rounded DOWN to it (e.g. 0.00001 BTC for 5 size decimals).</param>
/// <param name="MinOrderValue">Smallest accepted notional in quote currency (Hyperliquid: 10).</param>
public sealed record InstrumentRules(string Symbol, decimal LotSize, decimal MinOrderValue)
{
    /// <summary>Rules with <paramref name="sizeDecimals"/> decimals of size (Hyperliquid's szDecimals) and a $10 minimum.</summary>
    public static InstrumentRules WithSizeDecimals(string symbol, int sizeDecimals, decimal minOrderValue = 10m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeDecimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sizeDecimals, 18);
        return new InstrumentRules(symbol, 1m / Pow10(sizeDecimals), minOrderValue);
    }

    /// <summary>The largest whole number of lots not above <paramref name="size"/>; rounding never adds risk.</summary>
    public decimal RoundDown(decimal size)
    {
        if (LotSize <= 0)
        {
            throw new InvalidOperationException($"{Symbol}: lot size {LotSize} must be positive.");
        }

        return size <= 0 ? 0m : decimal.Floor(size / LotSize) * LotSize;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
