using FractalTrader.Trading.Risk;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.Risk;

public sealed class PositionSizerTests
{
    // Fine lots and no minimum, so the original's figures show through unrounded.
    private static readonly InstrumentRules Fine = new("TEST", 0.0001m, 0m);
    private static readonly SizingRules Wide = new() { MaxPositionPercent = 0.5m };

    private static SizingRequest Worked(int confidence = 80, decimal? currentAtr = 5m, decimal? baselineAtr = 5m, int wins = 0, int losses = 0) =>
        new(10_000m, 100m, 95m, confidence, currentAtr, baselineAtr, wins, losses);

    public static TheoryData<string, decimal> SpecWorkedNumbers => new()
    {
        { "max position 0.5", 32.0m },
        { "current ATR 15 (0.5 floor)", 16.0m },
        { "ATR 2 vs baseline 10 (1.5 cap)", 48.0m },
        { "3 wins", 25.6m },
        { "2 losses", 22.4m },
        { "3 wins and 2 losses", 25.6m },
        { "confidence 40 with minimum 40", 16.0m },
    };

    [Fact]
    public void Spec_worked_example_with_default_rules_is_capped_at_5_percent_notional()
    {
        var decision = PositionSizer.Size(Worked(), new SizingRules(), Fine);

        decision.Approved.Should().BeTrue();
        decision.Size.Should().Be(5.0m);
        decision.RiskSize.Should().Be(32.0m);
        decision.Reason.Should().Contain("5% notional cap");
    }

    [Theory]
    [MemberData(nameof(SpecWorkedNumbers))]
    public void Spec_worked_numbers_are_reproduced(string scenario, decimal expected)
    {
        var request = scenario switch
        {
            "max position 0.5" => Worked(),
            "current ATR 15 (0.5 floor)" => Worked(currentAtr: 15m),
            "ATR 2 vs baseline 10 (1.5 cap)" => Worked(currentAtr: 2m, baselineAtr: 10m),
            "3 wins" => Worked(wins: 3),
            "2 losses" => Worked(losses: 2),
            "3 wins and 2 losses" => Worked(wins: 3, losses: 2),
            "confidence 40 with minimum 40" => Worked(confidence: 40),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        PositionSizer.Size(request, Wide, Fine).Size.Should().Be(expected, scenario);
    }

    [Theory]
    [InlineData(3.0, 0.5)]
    [InlineData(0.2, 1.5)]
    public void Volatility_adjustment_is_clamped_exactly(double atrMultiple, double factor)
    {
        var plain = PositionSizer.Size(Worked(), Wide, Fine);
        var adjusted = PositionSizer.Size(Worked(currentAtr: 5m * (decimal)atrMultiple), Wide, Fine);

        adjusted.RiskSize.Should().Be(plain.RiskSize * (decimal)factor);
    }

    [Theory]
    [InlineData(30, 50, "confidence 30 is below the minimum 50")]
    [InlineData(39, 40, "confidence 39 is below the minimum 40")]
    [InlineData(150, 40, "confidence 150 is outside 0..100")]
    [InlineData(-50, 40, "confidence -50 is outside 0..100")]
    public void Confidence_outside_the_rules_is_refused_with_the_reason(int confidence, int minimum, string reason)
    {
        var decision = PositionSizer.Size(Worked(confidence), new SizingRules { MinConfidence = minimum }, Fine);

        decision.Approved.Should().BeFalse();
        decision.Size.Should().Be(0m);
        decision.Reason.Should().Be(reason);
    }

    [Theory]
    [InlineData(null, 100, 95, "equity unknown")]
    [InlineData("0", 100, 95, "equity 0 is not positive")]
    [InlineData("-5", 100, 95, "equity -5 is not positive")]
    [InlineData("10000", -100, 95, "must be positive")]
    [InlineData("10000", 100, -95, "must be positive")]
    [InlineData("10000", 100, 100, "stop equals entry")]
    public void Invalid_inputs_are_refused_never_guessed(string? equity, int entry, int stop, string reason)
    {
        var request = new SizingRequest(equity is null ? null : decimal.Parse(equity, System.Globalization.CultureInfo.InvariantCulture), entry, stop, 80);

        var decision = PositionSizer.Size(request, new SizingRules(), Fine);

        decision.Approved.Should().BeFalse();
        decision.Reason.Should().Contain(reason);
    }

    [Fact]
    public void Negative_atr_or_streaks_are_refused()
    {
        PositionSizer.Size(Worked(currentAtr: -1m), Wide, Fine).Approved.Should().BeFalse();
        PositionSizer.Size(Worked(wins: -1), Wide, Fine).Approved.Should().BeFalse();
        PositionSizer.Size(Worked(losses: -1), Wide, Fine).Approved.Should().BeFalse();
    }

    [Fact]
    public void Live_example_of_the_spec_is_rounded_down_to_the_lot_and_passes_the_venue_minimum()
    {
        var btc = InstrumentRules.WithSizeDecimals("BTC", 5);
        var request = new SizingRequest(998.79m, 93_200m, 92_734m, 70);

        var decision = PositionSizer.Size(request, new SizingRules(), btc);

        decision.RiskSize.Should().BeApproximately(0.0300m, 0.0001m);
        decision.CappedSize.Should().BeApproximately(0.000536m, 0.000001m);
        decision.Size.Should().Be(0.00053m, "sizes round down to the lot (the original rounded half-even to 0.00054)");
        decision.Notional.Should().Be(0.00053m * 93_200m);
    }

    [Fact]
    public void A_size_below_the_venue_minimum_order_value_is_refused()
    {
        var btc = InstrumentRules.WithSizeDecimals("BTC", 5, minOrderValue: 10m);
        var request = new SizingRequest(150m, 93_200m, 92_734m, 70);

        var decision = PositionSizer.Size(request, new SizingRules(), btc);

        decision.Approved.Should().BeFalse();
        decision.Reason.Should().Contain("below the venue minimum 10");
    }

    [Fact]
    public void A_size_that_rounds_to_zero_lots_is_refused()
    {
        var coarse = new InstrumentRules("BTC", 1m, 0m);

        var decision = PositionSizer.Size(new SizingRequest(10_000m, 93_200m, 92_734m, 70), new SizingRules(), coarse);

        decision.Approved.Should().BeFalse();
        decision.Reason.Should().Contain("rounds to zero");
    }

    [Fact]
    public void Risk_percent_and_position_value_match_the_original()
    {
        PositionSizer.RiskPercent(40m, 100m, 98m, 10_000m).Should().Be(0.008m);
        PositionSizer.RiskPercent(40m, 100m, 98m, 0m).Should().Be(0m);
    }

    [Fact]
    public void Sizes_never_exceed_the_caps_and_rounding_never_increases_risk()
    {
        var requests =
            from equity in Gen.Choose(1, 5_000_000)
            from entryCents in Gen.Choose(1, 10_000_000)
            from stopBps in Gen.Choose(1, 3_000)
            from above in Gen.Elements(true, false)
            from confidence in Gen.Choose(0, 100)
            from wins in Gen.Choose(0, 6)
            from losses in Gen.Choose(0, 6)
            from atrPercent in Gen.Choose(1, 400)
            from lotDecimals in Gen.Choose(0, 6)
            from maxPercent in Gen.Choose(1, 50)
            select (equity, entryCents, stopBps, above, confidence, wins, losses, atrPercent, lotDecimals, maxPercent);

        Prop.ForAll(requests.ToArbitrary(), r =>
        {
            var entry = r.entryCents / 100m;
            var stop = entry * (1 + ((r.above ? 1 : -1) * r.stopBps / 10_000m));
            var rules = new SizingRules { MaxPositionPercent = r.maxPercent / 100m };
            var instrument = InstrumentRules.WithSizeDecimals("X", r.lotDecimals, minOrderValue: 0m);
            var request = new SizingRequest(r.equity, entry, stop, r.confidence, 1m, r.atrPercent / 100m, r.wins, r.losses);

            var d = PositionSizer.Size(request, rules, instrument);
            var riskPerUnit = Math.Abs(entry - stop);
            var budget = r.equity * rules.BaseRiskPercent * r.confidence / 100m * rules.VolatilityCap;
            return (d.Size >= 0)
                .And(d.Size * entry <= (r.equity * rules.MaxPositionPercent) + 0.0000001m)
                .And(d.Size <= d.CappedSize)
                .And(d.Size * riskPerUnit <= d.CappedSize * riskPerUnit)
                .And(d.Size * riskPerUnit <= budget + 0.0000001m)
                .And(d.Size % instrument.LotSize == 0)
                .And(d.Approved == (d.Size > 0))
                .Label($"{d}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
