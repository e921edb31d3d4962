namespace FractalTrader.Trading.Risk;

/// <summary>
/// Position-sizing parameters with the original's defaults (its <c>RiskParameters</c>, spec §5.1).
/// Immutable and thread-safe.
/// </summary>
public sealed record SizingRules
{
    /// <summary>Share of equity risked at confidence 100. The default is 0.02.</summary>
    public decimal BaseRiskPercent { get; init; } = 0.02m;

    /// <summary>Notional cap per position as a share of equity. The default is 0.05.</summary>
    public decimal MaxPositionPercent { get; init; } = 0.05m;

    /// <summary>Signals below this confidence are not sized (equal passes). The default is 40.</summary>
    public int MinConfidence { get; init; } = 40;

    /// <summary>Winning streak length from which <see cref="WinReductionFactor"/> applies. The default is 3.</summary>
    public int ConsecutiveWinsReduce { get; init; } = 3;

    /// <summary>Losing streak length from which <see cref="LossReductionFactor"/> applies. The default is 2.</summary>
    public int ConsecutiveLossesReduce { get; init; } = 2;

    /// <summary>Size factor after a winning streak (wins take precedence). The default is 0.8.</summary>
    public decimal WinReductionFactor { get; init; } = 0.8m;

    /// <summary>Size factor after a losing streak. The default is 0.7.</summary>
    public decimal LossReductionFactor { get; init; } = 0.7m;

    /// <summary>Lower clamp of the baseline/current ATR adjustment. The default is 0.5.</summary>
    public decimal VolatilityFloor { get; init; } = 0.5m;

    /// <summary>Upper clamp of the baseline/current ATR adjustment. The default is 1.5.</summary>
    public decimal VolatilityCap { get; init; } = 1.5m;
}
