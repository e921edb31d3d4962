namespace FractalTrader.Trading.Risk;

/// <summary>
/// The outcome of sizing one signal, with the reason and every intermediate figure so an operator
/// can see why a size is what it is. Immutable and thread-safe.
/// </summary>
public sealed record SizingDecision
{
    /// <summary>Whether an order of <see cref="Size"/> may be placed.</summary>
    public required bool Approved { get; init; }

    /// <summary>Why: the rule that refused, or how the size was reached.</summary>
    public required string Reason { get; init; }

    /// <summary>Final size in base units (0 when refused), a whole number of lots.</summary>
    public decimal Size { get; init; }

    /// <summary>Equity × base risk × confidence / 100.</summary>
    public decimal RiskAmount { get; init; }

    /// <summary>Baseline/current ATR, clamped (1 when unknown).</summary>
    public decimal VolatilityAdjustment { get; init; } = 1m;

    /// <summary>Winning/losing streak factor (1 without a streak).</summary>
    public decimal StreakAdjustment { get; init; } = 1m;

    /// <summary>Size before the notional cap.</summary>
    public decimal RiskSize { get; init; }

    /// <summary>Size after the notional cap, before lot rounding (the original's result).</summary>
    public decimal CappedSize { get; init; }

    /// <summary>Size × entry.</summary>
    public decimal Notional { get; init; }

    /// <summary>A refusal with its reason.</summary>
    public static SizingDecision Refuse(string reason) => new() { Approved = false, Reason = reason };
}
