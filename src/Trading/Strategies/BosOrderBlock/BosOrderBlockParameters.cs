namespace FractalTrader.Trading.Strategies.BosOrderBlock;

/// <summary>Parameters of the break-of-structure + order-block strategy with the original's defaults. Immutable.</summary>
public sealed record BosOrderBlockParameters : StrategyParameters
{
    /// <inheritdoc />
    public override StrategyKind Kind => StrategyKind.BosOrderBlock;

    /// <summary>Bars on each side of a swing point. The default is 5.</summary>
    public int SwingPeriod { get; init; } = 5;

    /// <summary>Minimum next-close move that makes the previous candle an order block. The default is 0.01.</summary>
    public double MinImpulsePercent { get; init; } = 0.01;

    /// <summary>Bars after the break within which the order block must be retested. The default is 30.</summary>
    public int ObValidityBars { get; init; } = 30;

    /// <summary>Minimum reward/risk. The default is 2.0.</summary>
    public override double MinRiskReward { get; init; } = 2.0;

    /// <inheritdoc />
    public override int AtrPeriod { get; init; } = 14;

    /// <inheritdoc />
    public override IReadOnlyList<KeyValuePair<string, double>> ToNamedValues() =>
    [
        new("swing_period", SwingPeriod),
        new("min_impulse_percent", MinImpulsePercent),
        new("ob_validity_bars", ObValidityBars),
        new("min_rr_ratio", MinRiskReward),
        new("atr_period", AtrPeriod),
    ];

    /// <inheritdoc />
    public override void Validate()
    {
        Require(SwingPeriod >= 1, "swing_period", SwingPeriod, "at least 1");
        Require(MinImpulsePercent >= 0, "min_impulse_percent", MinImpulsePercent, "not negative");
        Require(ObValidityBars >= 0, "ob_validity_bars", ObValidityBars, "not negative");
        Require(MinRiskReward >= 0, "min_rr_ratio", MinRiskReward, "not negative");
        Require(AtrPeriod >= 1, "atr_period", AtrPeriod, "at least 1");
    }

    /// <inheritdoc />
    protected override StrategyParameters WithValue(string name, double value) => name switch
    {
        "swing_period" => this with { SwingPeriod = Whole(name, value) },
        "min_impulse_percent" => this with { MinImpulsePercent = value },
        "ob_validity_bars" => this with { ObValidityBars = Whole(name, value) },
        "min_rr_ratio" => this with { MinRiskReward = value },
        "atr_period" => this with { AtrPeriod = Whole(name, value) },
        _ => throw UnknownParameter(name),
    };
}
