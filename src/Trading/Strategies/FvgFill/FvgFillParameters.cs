namespace FractalTrader.Trading.Strategies.FvgFill;

/// <summary>Parameters of the fair value gap fill strategy with the original's defaults. Immutable.</summary>
public sealed record FvgFillParameters : StrategyParameters
{
    /// <inheritdoc />
    public override StrategyKind Kind => StrategyKind.FvgFill;

    /// <summary>Minimum gap size relative to its lower edge. The default is 0.002.</summary>
    public double MinGapPercent { get; init; } = 0.002;

    /// <summary>Declared by the original and never used. The default is 50.</summary>
    public int MaxGapAgeBars { get; init; } = 50;

    /// <summary>Share of the gap, from its lower edge, whose touch counts as a fill. The default is 0.5.</summary>
    public double PartialFillPercent { get; init; } = 0.5;

    /// <summary>Minimum reward/risk. The default is 1.5.</summary>
    public override double MinRiskReward { get; init; } = 1.5;

    /// <summary>Declared by the original and never used. The default is 5.</summary>
    public int SwingPeriod { get; init; } = 5;

    /// <inheritdoc />
    public override int AtrPeriod { get; init; } = 14;

    /// <inheritdoc />
    public override IReadOnlyList<KeyValuePair<string, double>> ToNamedValues() =>
    [
        new("min_gap_percent", MinGapPercent),
        new("max_gap_age_bars", MaxGapAgeBars),
        new("partial_fill_percent", PartialFillPercent),
        new("min_rr_ratio", MinRiskReward),
        new("swing_period", SwingPeriod),
        new("atr_period", AtrPeriod),
    ];

    /// <inheritdoc />
    public override void Validate()
    {
        Require(MinGapPercent >= 0, "min_gap_percent", MinGapPercent, "not negative");
        Require(PartialFillPercent is >= 0 and <= 1, "partial_fill_percent", PartialFillPercent, "between 0 and 1");
        Require(MinRiskReward >= 0, "min_rr_ratio", MinRiskReward, "not negative");
        Require(AtrPeriod >= 1, "atr_period", AtrPeriod, "at least 1");
    }

    /// <inheritdoc />
    protected override StrategyParameters WithValue(string name, double value) => name switch
    {
        "min_gap_percent" => this with { MinGapPercent = value },
        "max_gap_age_bars" => this with { MaxGapAgeBars = Whole(name, value) },
        "partial_fill_percent" => this with { PartialFillPercent = value },
        "min_rr_ratio" => this with { MinRiskReward = value },
        "swing_period" => this with { SwingPeriod = Whole(name, value) },
        "atr_period" => this with { AtrPeriod = Whole(name, value) },
        _ => throw UnknownParameter(name),
    };
}
