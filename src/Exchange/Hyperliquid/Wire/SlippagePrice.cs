using FractalTrader.Exchange.Instruments;

namespace FractalTrader.Exchange.Hyperliquid.Wire;

/// <summary>
/// The SDK's market-order price (<c>Exchange._slippage_price</c>, spec §5.3), in decimal: mid
/// moved by the slippage against us, rounded to 5 significant figures, then to (6 | 8) −
/// szDecimals decimals, half to even. Stateless.
/// </summary>
public static class SlippagePrice
{
    /// <summary>The SDK's default slippage, 5 %.</summary>
    public const decimal DefaultSlippage = 0.05m;

    /// <summary>The aggressive limit price of an IOC "market" order.</summary>
    public static decimal Compute(decimal mid, bool isBuy, decimal slippage, int szDecimals, bool isSpot)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mid);
        var moved = mid * (isBuy ? 1 + slippage : 1 - slippage);
        var fiveSignificant = RoundSignificant(moved, 5);
        var decimals = Math.Max(0, (isSpot ? 8 : 6) - szDecimals);
        return OrderRounding.Normalize(Math.Round(fiveSignificant, decimals, MidpointRounding.ToEven));
    }

    private static decimal RoundSignificant(decimal value, int figures)
    {
        if (value == 0)
        {
            return 0;
        }

        var magnitude = OrderRounding.Magnitude(value);
        var decimals = figures - 1 - magnitude;
        if (decimals >= 0)
        {
            return Math.Round(value, decimals, MidpointRounding.ToEven);
        }

        var factor = OrderRounding.Pow10(-decimals);
        return Math.Round(value / factor, 0, MidpointRounding.ToEven) * factor;
    }
}
