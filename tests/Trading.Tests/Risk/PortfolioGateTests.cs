using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.Risk;

public sealed class PortfolioGateTests
{
    private static readonly InstrumentRules Sol = new("SOL", 0.01m, 10m);
    private static readonly PortfolioLimits Crypto = new()
    {
        MaxTotalExposurePercent = 0.50m,
        MaxGroupExposurePercent = 0.30m,
        CorrelationGroups = new Dictionary<string, string>(StringComparer.Ordinal) { ["BTC"] = "majors", ["ETH"] = "majors", ["SOL"] = "majors" },
    };

    private static (Position, decimal) Held(string symbol, TradeDirection direction, decimal size, decimal price) => (new Position(symbol, direction, size, price), price);

    [Fact]
    public void Only_one_position_per_symbol_whatever_the_direction()
    {
        var decision = PortfolioGate.Check([Held("SOL", TradeDirection.Short, 1m, 100m)], Sol, TradeDirection.Long, 1m, 100m, 10_000m, new PortfolioLimits());

        decision.Approved.Should().BeFalse();
        decision.Reason.Should().Be("SOL: already holds a short position (one per symbol)");
    }

    [Fact]
    public void At_most_three_positions_are_open()
    {
        (Position, decimal)[] open = [Held("A", TradeDirection.Long, 1m, 10m), Held("B", TradeDirection.Long, 1m, 10m), Held("C", TradeDirection.Short, 1m, 10m)];

        var decision = PortfolioGate.Check(open, Sol, TradeDirection.Long, 1m, 100m, 10_000m, new PortfolioLimits());

        decision.Approved.Should().BeFalse();
        decision.Reason.Should().Be("3 positions open, the maximum is 3");
    }

    [Fact]
    public void A_size_over_the_total_exposure_cap_is_reduced_to_fit()
    {
        // 20% of 10,000 = 2,000; 1,500 already used leaves 500 = 5 SOL at 100.
        var decision = PortfolioGate.Check([Held("BTC", TradeDirection.Long, 0.015m, 100_000m)], Sol, TradeDirection.Long, 8m, 100m, 10_000m, new PortfolioLimits());

        decision.Approved.Should().BeTrue();
        decision.Size.Should().Be(5m);
        decision.Reason.Should().Contain("20% total exposure cap");
    }

    [Fact]
    public void The_correlation_group_cap_applies_across_symbols_of_the_group()
    {
        // Group cap 30% = 3,000; BTC and ETH use 2,900 -> 100 left = 1 SOL at 100.
        (Position, decimal)[] open = [Held("BTC", TradeDirection.Long, 0.02m, 100_000m), Held("ETH", TradeDirection.Short, 0.3m, 3_000m)];

        var decision = PortfolioGate.Check(open, Sol, TradeDirection.Long, 10m, 100m, 10_000m, Crypto);

        decision.Approved.Should().BeTrue();
        decision.Size.Should().Be(1m);
        decision.Reason.Should().Contain("exposure cap of group majors");
    }

    [Fact]
    public void No_room_above_the_venue_minimum_is_a_refusal()
    {
        (Position, decimal)[] open = [Held("BTC", TradeDirection.Long, 0.02m, 100_000m), Held("ETH", TradeDirection.Long, 0.335m, 3_000m)];

        var decision = PortfolioGate.Check(open, Sol, TradeDirection.Long, 10m, 100m, 10_000m, Crypto);

        decision.Approved.Should().BeFalse();
        decision.Reason.Should().Contain("no room");
    }

    [Fact]
    public void Approved_sizes_never_breach_the_exposure_caps()
    {
        var books =
            from held in Gen.Choose(0, 2)
            from existing in Gen.Choose(1, 3_000)
            from wanted in Gen.Choose(1, 10_000)
            from total in Gen.Choose(5, 60)
            from groupCap in Gen.Choose(5, 60)
            select (held, existing, wanted, total, groupCap);

        Prop.ForAll(books.ToArbitrary(), b =>
        {
            var limits = Crypto with { MaxTotalExposurePercent = b.total / 100m, MaxGroupExposurePercent = b.groupCap / 100m };
            var open = Enumerable.Range(0, b.held).Select(i => Held(i == 0 ? "BTC" : "ETH", TradeDirection.Long, b.existing, 1m)).ToArray();
            var used = open.Sum(p => p.Item1.NotionalAt(p.Item2));

            var d = PortfolioGate.Check(open, Sol, TradeDirection.Long, b.wanted / 100m, 100m, 10_000m, limits);

            var after = used + (d.Size * 100m);
            return (!d.Approved || (after <= 10_000m * limits.MaxTotalExposurePercent) || (d.Size * 100m <= 0))
                .And(!d.Approved || (after <= 10_000m * limits.MaxGroupExposurePercent))
                .And(d.Size <= b.wanted / 100m)
                .Label($"{d} used {used}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
