namespace FractalTrader.Exchange.Instruments;

/// <summary>
/// Hyperliquid's tick and lot rules for one instrument (spec §5.2): a size has at most
/// <see cref="SzDecimals"/> decimals; a price has at most 5 significant figures and at most
/// (6 − szDecimals) decimals for perps, (8 − szDecimals) for spot, and an integer price is always
/// valid; an order's notional must reach <see cref="MinOrderValue"/>. Immutable value type.
/// </summary>
/// <param name="SzDecimals">Size decimals of the instrument (spot: of the base token).</param>
/// <param name="IsSpot">Spot instruments allow 8 − szDecimals price decimals instead of 6 − szDecimals.</param>
/// <param name="MinOrderValue">Minimum notional (price × size) of an order; Hyperliquid's is $10.</param>
public readonly record struct OrderRounding(int SzDecimals, bool IsSpot, decimal MinOrderValue)
{
    /// <summary>Significant figures a non-integer price may carry.</summary>
    public const int SignificantFigures = 5;

    /// <summary>Most decimals any price of this instrument may carry.</summary>
    public int MaxPriceDecimals => Math.Max(0, (IsSpot ? 8 : 6) - SzDecimals);

    /// <summary>The smallest size step, 10^−szDecimals.</summary>
    public decimal SizeStep => Pow10(-SzDecimals);

    /// <summary>Rounds a positive price to a valid one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The price is not positive.</exception>
    public decimal RoundPrice(decimal price, PriceRounding mode = PriceRounding.Nearest)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        var decimals = AllowedDecimals(price);
        var rounded = RoundTo(price, decimals, mode);
        if (rounded == 0)
        {
            // Rounded away entirely: the smallest representable price is the closest valid one.
            rounded = Pow10(-MaxPriceDecimals);
        }

        // A carry into a new integer digit (9.99996 → 10.0000) keeps the value valid: only the
        // trailing zeros, which normalization drops, exceed the new magnitude's decimals.
        return Normalize(rounded);
    }

    /// <summary>Whether the venue accepts <paramref name="price"/> as it is.</summary>
    public bool IsValidPrice(decimal price)
    {
        if (price <= 0)
        {
            return false;
        }

        if (price == decimal.Truncate(price))
        {
            return true;
        }

        return Scale(price) <= AllowedDecimals(price);
    }

    /// <summary>Rounds a size to the lot (toward zero by default, so an order never grows).</summary>
    public decimal RoundSize(decimal size, PriceRounding mode = PriceRounding.Down)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return Normalize(RoundTo(size, SzDecimals, mode));
    }

    /// <summary>Whether <paramref name="size"/> is positive and on the lot grid.</summary>
    public bool IsValidSize(decimal size) => size > 0 && Scale(size) <= SzDecimals;

    /// <summary>Whether price × size reaches the minimum order value.</summary>
    public bool MeetsMinimumValue(decimal price, decimal size) => price * size >= MinOrderValue;

    /// <summary>Decimals a price of this magnitude may carry: min(5 − integer digits, max decimals), at least 0.</summary>
    private int AllowedDecimals(decimal price)
    {
        var magnitude = Magnitude(price);
        return Math.Clamp(SignificantFigures - 1 - magnitude, 0, MaxPriceDecimals);
    }

    /// <summary>floor(log10(|value|)) for a non-zero decimal, exactly (a double estimate corrected against exact powers of ten).</summary>
    internal static int Magnitude(decimal value)
    {
        value = Math.Abs(value);
        var magnitude = Math.Clamp((int)Math.Floor(Math.Log10((double)value)), -28, 28);
        if (Pow10(magnitude) > value)
        {
            magnitude--;
        }
        else if (magnitude < 28 && Pow10(magnitude + 1) <= value)
        {
            magnitude++;
        }

        return magnitude;
    }

    /// <summary>Number of decimals after removing trailing zeros.</summary>
    private static int Scale(decimal value) => Normalize(value).Scale;

    /// <summary>The same value without trailing zeros (1.2300 → 1.23).</summary>
    internal static decimal Normalize(decimal value) => value / 1.000000000000000000000000000m;

    private static decimal RoundTo(decimal value, int decimals, PriceRounding mode) => mode switch
    {
        PriceRounding.Down => Math.Round(value, decimals, MidpointRounding.ToZero),
        PriceRounding.Up => Math.Round(value, decimals, MidpointRounding.ToPositiveInfinity),
        _ => Math.Round(value, decimals, MidpointRounding.ToEven),
    };

    /// <summary>10^<paramref name="exponent"/> for exponents in [−28, 28], exactly.</summary>
    internal static decimal Pow10(int exponent) => exponent >= 0 ? PowersOfTen[exponent] : 1m / PowersOfTen[-exponent];

    private static readonly decimal[] PowersOfTen = [.. Enumerable.Range(0, 29).Select(e => Enumerable.Repeat(10m, e).Aggregate(1m, (a, b) => a * b))];
}
