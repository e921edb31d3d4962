using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.Risk;

/// <summary>
/// An open position. Direction is part of it (the original lost it on restart and treated every
/// position as long); size is always positive. Immutable and thread-safe.
/// </summary>
public sealed record Position
{
    /// <summary>Creates a position, checking direction, size and prices.</summary>
    /// <exception cref="ArgumentException">A direction other than long or short, or a non-positive size or price.</exception>
    public Position(string symbol, TradeDirection direction, decimal size, decimal entryPrice, decimal? stopLoss = null, decimal? takeProfit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        if (direction is not (TradeDirection.Long or TradeDirection.Short))
        {
            throw new ArgumentException($"{symbol}: a position must be long or short, got {direction}.", nameof(direction));
        }

        if (size <= 0 || entryPrice <= 0)
        {
            throw new ArgumentException($"{symbol}: size {size} and entry {entryPrice} must be positive.", nameof(size));
        }

        Symbol = symbol;
        Direction = direction;
        Size = size;
        EntryPrice = entryPrice;
        StopLoss = stopLoss;
        TakeProfit = takeProfit;
    }

    /// <summary>The symbol held.</summary>
    public string Symbol { get; }

    /// <summary>Long or short.</summary>
    public TradeDirection Direction { get; }

    /// <summary>Size in base units, positive.</summary>
    public decimal Size { get; }

    /// <summary>Average entry price.</summary>
    public decimal EntryPrice { get; }

    /// <summary>Protective stop, if any.</summary>
    public decimal? StopLoss { get; }

    /// <summary>Profit target, if any.</summary>
    public decimal? TakeProfit { get; }

    /// <summary>The signal that opened it, if any.</summary>
    public SignalId? SignalId { get; init; }

    /// <summary>When it was opened.</summary>
    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>Size with the direction's sign: positive long, negative short (the exchange's szi).</summary>
    public decimal SignedSize => Direction == TradeDirection.Long ? Size : -Size;

    /// <summary>Profit or loss if closed at <paramref name="price"/>, before fees.</summary>
    public decimal PnlAt(decimal price) => (price - EntryPrice) * SignedSize;

    /// <summary>Absolute notional at <paramref name="price"/>.</summary>
    public decimal NotionalAt(decimal price) => Size * price;

    /// <summary>Loss if the stop is hit (0 without a stop).</summary>
    public decimal RiskAmount => StopLoss is { } stop ? Math.Abs(EntryPrice - stop) * Size : 0m;
}
