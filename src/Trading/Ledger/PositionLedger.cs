namespace FractalTrader.Trading.Ledger;

/// <summary>
/// Positions folded from fills: average entry on increases, realized PnL on reductions, a flip
/// closes the trade and opens the remainder at the fill price; fees are charged to the trade they
/// belong to. A correction replaces a symbol's position with what the venue holds. Money is
/// decimal throughout. Mutable; not thread-safe (one owner, e.g. an actor).
/// </summary>
public sealed class PositionLedger
{
    private readonly SortedDictionary<string, HeldPosition> positions = new(StringComparer.Ordinal);

    /// <summary>Realized PnL of all reductions so far, before fees.</summary>
    public decimal RealizedPnl { get; private set; }

    /// <summary>Fees of every fill.</summary>
    public decimal Fees { get; private set; }

    /// <summary>Open positions, by symbol.</summary>
    public IEnumerable<HeldPosition> Open => positions.Values;

    /// <summary>The position in <paramref name="symbol"/> (flat if none).</summary>
    public HeldPosition this[string symbol] => positions.GetValueOrDefault(symbol) ?? HeldPosition.Flat(symbol);

    /// <summary>Applies a buy (<paramref name="isBuy"/>) or sell of <paramref name="size"/> at <paramref name="price"/>.</summary>
    /// <exception cref="ArgumentException">Size or price not positive; the message names the symbol.</exception>
    public FillEffect Apply(string symbol, bool isBuy, decimal size, decimal price, decimal fee, DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        if (size <= 0 || price <= 0)
        {
            throw new ArgumentException($"{symbol}: fill size {size} and price {price} must be positive.", nameof(size));
        }

        var before = this[symbol];
        var signed = isBuy ? size : -size;
        Fees += fee;
        HeldPosition after;
        var realized = 0m;
        decimal? closedTrade = null;
        if (before.IsFlat || Math.Sign(before.SignedSize) == Math.Sign(signed))
        {
            var total = before.SignedSize + signed;
            var entry = ((before.Size * before.EntryPrice) + (size * price)) / Math.Abs(total);
            after = new HeldPosition(symbol, total, entry, before.RealizedPnl, before.Fees + fee, before.OpenedAt ?? time);
        }
        else
        {
            var closing = Math.Min(size, before.Size);
            realized = (price - before.EntryPrice) * closing * Math.Sign(before.SignedSize);
            RealizedPnl += realized;
            var closingFee = fee * closing / size;
            var remaining = before.SignedSize + signed;
            if (Math.Sign(remaining) == Math.Sign(before.SignedSize))
            {
                after = before with { SignedSize = remaining, RealizedPnl = before.RealizedPnl + realized, Fees = before.Fees + fee };
            }
            else
            {
                closedTrade = before.RealizedPnl + realized - (before.Fees + closingFee);
                after = remaining == 0
                    ? HeldPosition.Flat(symbol)
                    : new HeldPosition(symbol, remaining, price, 0m, fee - closingFee, time);
            }
        }

        Set(after);
        return new FillEffect(before, after, realized, closedTrade);
    }

    /// <summary>Replaces <paramref name="symbol"/>'s position with the venue's (a reconciliation correction); returns the position before.</summary>
    public HeldPosition Adopt(string symbol, decimal signedSize, decimal entryPrice, DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var before = this[symbol];
        var after = signedSize == 0
            ? HeldPosition.Flat(symbol)
            : new HeldPosition(symbol, signedSize, entryPrice, 0m, 0m, Math.Sign(before.SignedSize) == Math.Sign(signedSize) ? before.OpenedAt ?? time : time);
        Set(after);
        return before;
    }

    /// <summary>Restores a saved state.</summary>
    public void Restore(IEnumerable<HeldPosition> open, decimal realizedPnl, decimal fees)
    {
        ArgumentNullException.ThrowIfNull(open);
        positions.Clear();
        foreach (var position in open)
        {
            Set(position);
        }

        RealizedPnl = realizedPnl;
        Fees = fees;
    }

    private void Set(HeldPosition position)
    {
        if (position.IsFlat)
        {
            positions.Remove(position.Symbol);
        }
        else
        {
            positions[position.Symbol] = position;
        }
    }
}
