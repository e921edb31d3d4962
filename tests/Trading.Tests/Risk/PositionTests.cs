using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.Tests.Risk;

public sealed class PositionTests
{
    [Fact]
    public void A_position_without_a_direction_cannot_exist()
    {
        var act = () => new Position("BTC", default, 1m, 100m);

        act.Should().Throw<ArgumentException>().WithMessage("BTC: a position must be long or short*");
    }

    [Theory]
    [InlineData(TradeDirection.Long, 110, 10)]
    [InlineData(TradeDirection.Short, 110, -10)]
    [InlineData(TradeDirection.Short, 90, 10)]
    public void Pnl_follows_the_direction(TradeDirection direction, double exit, double pnl)
    {
        var position = new Position("BTC", direction, 1m, 100m, 95m);

        position.PnlAt((decimal)exit).Should().Be((decimal)pnl);
        position.SignedSize.Should().Be(direction == TradeDirection.Long ? 1m : -1m);
        position.RiskAmount.Should().Be(5m);
    }
}
