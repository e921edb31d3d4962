using System.Runtime.InteropServices;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.Risk;

/// <summary>
/// Checks a new position against the book: one position per symbol, a maximum count, and total and
/// per-correlation-group exposure caps. A size that would breach an exposure cap is reduced to fit
/// (rounded down to lots) or refused when what fits is below the venue minimum. Stateless and
/// thread-safe.
/// </summary>
public static class PortfolioGate
{
    /// <summary>Reviews opening <paramref name="size"/> of <paramref name="instrument"/> at <paramref name="price"/>.</summary>
    /// <param name="open">Open positions, with the price each is marked at.</param>
    /// <param name="instrument">The symbol's venue rules.</param>
    /// <param name="direction">Side of the new position.</param>
    /// <param name="size">Size the sizer approved.</param>
    /// <param name="price">Expected entry price.</param>
    /// <param name="equity">Account equity.</param>
    /// <param name="limits">The book's limits.</param>
    public static PortfolioDecision Check(
        IReadOnlyCollection<(Position Position, decimal MarkPrice)> open,
        InstrumentRules instrument,
        TradeDirection direction,
        decimal size,
        decimal price,
        decimal equity,
        PortfolioLimits limits)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(limits);
        return Check(Positions(open), instrument, direction, size, price, equity, limits);
    }

    /// <summary>The open positions as a span (no copy when they already are an array or a list).</summary>
    internal static ReadOnlySpan<(Position Position, decimal MarkPrice)> Positions(IReadOnlyCollection<(Position Position, decimal MarkPrice)> open) => open switch
    {
        (Position, decimal)[] array => array,
        List<(Position, decimal)> list => CollectionsMarshal.AsSpan(list),
        _ => open.ToArray(),
    };

    /// <summary>The check of the public overload over a span: no enumerator per call.</summary>
    internal static PortfolioDecision Check(
        ReadOnlySpan<(Position Position, decimal MarkPrice)> open,
        InstrumentRules instrument,
        TradeDirection direction,
        decimal size,
        decimal price,
        decimal equity,
        PortfolioLimits limits)
    {
        var symbol = instrument.Symbol;
        foreach (var (position, _) in open)
        {
            if (string.Equals(position.Symbol, symbol, StringComparison.Ordinal))
            {
                return Refuse(string.Concat(symbol, position.Direction == TradeDirection.Long ? ": already holds a long position (one per symbol)" : ": already holds a short position (one per symbol)"));
            }
        }

        if (open.Length >= limits.MaxOpenPositions)
        {
            return Refuse($"{open.Length} positions open, the maximum is {limits.MaxOpenPositions}");
        }

        var group = limits.GroupOf(symbol);
        var total = 0m;
        var inGroup = 0m;
        foreach (var (position, mark) in open)
        {
            var notional = position.NotionalAt(mark);
            total += notional;
            if (string.Equals(limits.GroupOf(position.Symbol), group, StringComparison.Ordinal))
            {
                inGroup += notional;
            }
        }

        var allowed = size;
        var reason = "within limits";
        var totalRoom = (equity * limits.MaxTotalExposurePercent) - total;
        if (allowed * price > totalRoom)
        {
            allowed = instrument.RoundDown(Math.Max(0, totalRoom) / price);
            reason = ReasonText.Of($"reduced to fit the {ReasonText.Percent(limits.MaxTotalExposurePercent)} total exposure cap");
        }

        var groupRoom = (equity * limits.MaxGroupExposurePercent) - inGroup;
        if (allowed * price > groupRoom)
        {
            allowed = instrument.RoundDown(Math.Max(0, groupRoom) / price);
            reason = ReasonText.Of($"reduced to fit the {ReasonText.Percent(limits.MaxGroupExposurePercent)} exposure cap of group {group}");
        }

        if (allowed <= 0 || allowed * price < instrument.MinOrderValue)
        {
            return Refuse(ReasonText.Of($"{symbol}: no room for a {direction.ToString().ToLowerInvariant()} position ({reason}; {allowed} fits, below the venue minimum {instrument.MinOrderValue})"));
        }

        return new PortfolioDecision(true, allowed, reason);
    }

    private static PortfolioDecision Refuse(string reason) => new(false, 0m, reason);

}
