using FractalTrader.Trading.MarketData;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.MarketData;

public sealed class TimeframeTests
{
    [Theory]
    [InlineData("1m", 60)]
    [InlineData("15m", 900)]
    [InlineData("1h", 3600)]
    [InlineData("1d", 86400)]
    public void Parse_knows_venue_interval_names(string name, int seconds)
    {
        var timeframe = Timeframe.Parse(name);

        timeframe.Name.Should().Be(name);
        timeframe.Duration.Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void Parse_of_an_unknown_interval_names_it()
    {
        var act = () => Timeframe.Parse("7x");

        act.Should().Throw<FormatException>().WithMessage("*'7x'*");
    }

    [Fact]
    public void Calendar_month_is_not_a_fixed_timeframe() =>
        Timeframe.TryParse("1M", out _).Should().BeFalse();

    [Fact]
    public void Every_name_round_trips_through_parse() =>
        Prop.ForAll(
                Gen.Elements(Timeframe.All.ToArray()).ToArbitrary(),
                timeframe => Timeframe.Parse(timeframe.ToString()) == timeframe)
            .QuickCheckThrowOnFailure();
}
