namespace FractalTrader.Exchange.Accounts;

/// <summary>An open position as the venue reports it. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="SignedSize">Size, positive long, negative short (Hyperliquid <c>szi</c>).</param>
/// <param name="EntryPrice">Average entry price.</param>
/// <param name="UnrealizedPnl">Profit or loss at the current mark.</param>
/// <param name="MarginUsed">Margin held for the position.</param>
/// <param name="Leverage">Leverage in use.</param>
/// <param name="LiquidationPrice">Estimated liquidation price, if the venue gives one.</param>
public sealed record Position(
    string Symbol,
    decimal SignedSize,
    decimal EntryPrice,
    decimal UnrealizedPnl,
    decimal MarginUsed,
    int Leverage,
    decimal? LiquidationPrice)
{
    /// <summary>Long, short or flat, from the sign of <see cref="SignedSize"/>.</summary>
    public PositionDirection Direction => SignedSize switch
    {
        > 0 => PositionDirection.Long,
        < 0 => PositionDirection.Short,
        _ => PositionDirection.Flat,
    };

    /// <summary>Absolute size.</summary>
    public decimal Size => Math.Abs(SignedSize);
}
