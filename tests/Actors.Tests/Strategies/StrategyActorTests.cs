using FractalTrader.Actors.Strategies;
using FractalTrader.Messages;
using FractalTrader.Messages.MarketData;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;
using Xunit.Abstractions;

namespace FractalTrader.Actors.Tests.Strategies;

public sealed class StrategyActorTests(ITestOutputHelper output) : TestKit.TestKit(output)
{
    [Fact]
    public void The_guardians_answers_to_signals_are_taken_quietly_not_published_as_unhandled()
    {
        var marketData = CreateTestProbe("market-data");
        var strategy = Sys.ActorOf(StrategyActor.Props("BTC", new StrategySettings(), marketData.Ref, TestActor), "BTC");
        marketData.ExpectMsg<CandleHistoryRequest>();
        strategy.Tell(new CandleHistory("BTC", []), marketData.Ref);
        Sys.EventStream.Subscribe<UnhandledMessage>(TestActor);
        var now = DateTimeOffset.UnixEpoch;

        strategy.Tell(new OrderIntent("i-1", "s-1", "BTC", Direction.Long, 0.01m, 100m, 99m, 102m, now), TestActor);
        strategy.Tell(new SignalRejected("s-2", "BTC", "already decided"), TestActor);
        strategy.Tell("marker", TestActor);

        // Messages are handled in order: the first unhandled one published is the marker sent last.
        ExpectMsg<UnhandledMessage>().Message.Should().Be("marker");
    }
}
