namespace FractalTrader.Trading.Strategies.LiquiditySweep;

/// <summary>Parameters of the liquidity sweep strategy with the original's defaults. Immutable.</summary>
public sealed record LiquiditySweepParameters : StrategyParameters
{
    /// <inheritdoc />
    public override StrategyKind Kind => StrategyKind.LiquiditySweep;

    /// <summary>Bars on each side of a swing point. The default is 5.</summary>
    public int SwingPeriod { get; init; } = 5;

    /// <summary>Declared by the original and never used; kept so configurations carry over. The default is 0.001.</summary>
    public double MinSweepPercent { get; init; } = 0.001;

    /// <summary>Bars after the breach within which the close must come back. The default is 3.</summary>
    public int MaxReversalBars { get; init; } = 3;

    /// <summary>Minimum reward/risk. The default is 1.5.</summary>
    public override double MinRiskReward { get; init; } = 1.5;

    /// <summary>Relative tolerance for equal highs and lows. The default is 0.001.</summary>
    public double Tolerance { get; init; } = 0.001;

    /// <inheritdoc />
    public override int AtrPeriod { get; init; } = 14;

    /// <inheritdoc />
    public override IReadOnlyList<KeyValuePair<string, double>> ToNamedValues() =>
    [
        new("swing_period", SwingPeriod),
        new("min_sweep_percent", MinSweepPercent),
        new("max_reversal_bars", MaxReversalBars),
        new("min_rr_ratio", MinRiskReward),
        new("tolerance", Tolerance),
        new("atr_period", AtrPeriod),
    ];

    /// <inheritdoc />
    public override void Validate()
    {
        Require(SwingPeriod >= 1, "swing_period", SwingPeriod, "at least 1");
        Require(MaxReversalBars >= 0, "max_reversal_bars", MaxReversalBars, "not negative");
        Require(MinRiskReward >= 0, "min_rr_ratio", MinRiskReward, "not negative");
        Require(Tolerance >= 0, "tolerance", Tolerance, "not negative");
        Require(AtrPeriod >= 1, "atr_period", AtrPeriod, "at least 1");
    }

    /// <inheritdoc />
    protected override StrategyParameters WithValue(string name, double value) => name switch
    {
        "swing_period" => this with { SwingPeriod = Whole(name, value) },
        "min_sweep_percent" => this with { MinSweepPercent = value },
        "max_reversal_bars" => this with { MaxReversalBars = Whole(name, value) },
        "min_rr_ratio" => this with { MinRiskReward = value },
        "tolerance" => this with { Tolerance = value },
        "atr_period" => this with { AtrPeriod = Whole(name, value) },
        _ => throw UnknownParameter(name),
    };
}
