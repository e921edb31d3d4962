namespace FractalTrader.Trading.Risk;

/// <summary>
/// Limits on the whole book (spec §5.3 and the rewrite's additions). Immutable and thread-safe.
/// </summary>
public sealed record PortfolioLimits
{
    /// <summary>Open positions at most. The default is 3.</summary>
    public int MaxOpenPositions { get; init; } = 3;

    /// <summary>Total notional of all positions as a share of equity. The default is 0.20.</summary>
    public decimal MaxTotalExposurePercent { get; init; } = 0.20m;

    /// <summary>Total notional within one correlation group as a share of equity. The default is 0.30.</summary>
    public decimal MaxGroupExposurePercent { get; init; } = 0.30m;

    /// <summary>Symbol → correlation group (e.g. BTC, ETH and SOL in one group). Symbols not listed form their own group.</summary>
    public IReadOnlyDictionary<string, string> CorrelationGroups { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The correlation group of <paramref name="symbol"/>.</summary>
    public string GroupOf(string symbol) => CorrelationGroups.TryGetValue(symbol, out var group) ? group : symbol;
}
