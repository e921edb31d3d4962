namespace FractalTrader.Trading.Ledger;

/// <summary>
/// One symbol's position in the ledger. The sign of <see cref="SignedSize"/> is the direction, so a
/// short can never be read back as a long. Immutable and thread-safe.
/// </summary>
/// <param name="Symbol">Coin.</param>
/// <param name="SignedSize">Positive long, negative short, 0 flat.</param>
/// <param name="EntryPrice">Average entry price (0 when flat).</param>
/// <param name="RealizedPnl">Realized PnL of the current trade's partial closes, before fees.</param>
/// <param name="Fees">Fees paid on the current trade.</param>
/// <param name="OpenedAt">When the current trade opened; null when flat.</param>
public sealed record HeldPosition(string Symbol, decimal SignedSize, decimal EntryPrice, decimal RealizedPnl, decimal Fees, DateTimeOffset? OpenedAt)
{
    /// <summary>A flat position.</summary>
    public static HeldPosition Flat(string symbol) => new(symbol, 0m, 0m, 0m, 0m, null);

    /// <summary>Whether nothing is held.</summary>
    public bool IsFlat => SignedSize == 0;

    /// <summary>Absolute size.</summary>
    public decimal Size => Math.Abs(SignedSize);
}
