using FractalTrader.Actors.Tests.Node;
using FractalTrader.Messages;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Portfolio;

public sealed class FillStreamTests
{
    [Fact]
    public async Task A_stop_filling_at_the_venue_reaches_the_ledger_through_the_fill_stream_without_a_poll_and_is_recorded_once()
    {
        // No polling at all: only the stream can bring the stop's fill.
        await using var harness = new NodeHarness(configure: s => s with { StreamFills = true, FillPollInterval = TimeSpan.Zero });
        await harness.StartAsync();
        var opened = await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);

        harness.Venue.MovePrice("ETH", 2900m);
        var closed = await harness.PositionAsync("ETH", s => s == 0);
        var caughtUp = await harness.Node.Portfolio.Ask<PortfolioView>(new SyncFills(), NodeHarness.Patience);

        closed.PreviousSignedSize.Should().Be(opened.Size);
        closed.ClosedTradePnl.Should().BeNegative("the stop closed the long below its entry");
        caughtUp.Positions.Should().NotContain(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal), "the poll after the stream records nothing twice");
        harness.Events.OfType<PositionChanged>().Count(c => string.Equals(c.Symbol, "ETH", StringComparison.Ordinal)).Should().Be(2, "one open, one close");
    }
}
