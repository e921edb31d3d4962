using FractalTrader.Actors.Risk;
using FractalTrader.Messages;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Risk;
using FractalTrader.Messages.Signals;
using FractalTrader.Testing;

namespace FractalTrader.Actors.Tests.Risk;

public sealed class RiskBookTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_decided_signal_stays_decided_after_a_snapshot_and_so_does_any_older_bar_of_its_kind()
    {
        var clock = new ManualTimeProvider(Now);
        var book = new RiskBook(new RiskSettings(), clock);
        var signal = Signal(Now.AddHours(-1));
        book.Apply(book.Decide(signal));

        var recovered = new RiskBook(new RiskSettings(), clock);
        recovered.Restore(book.Snapshot());

        recovered.Duplicate(signal).Should().StartWith("already decided");
        recovered.Duplicate(Signal(Now.AddHours(-2))).Should().NotBeNull("an older bar of the same strategy, symbol and direction is history");
        recovered.Duplicate(Signal(Now)).Should().BeNull("a newer bar is a new signal");
        recovered.Duplicate(Signal(Now.AddHours(-1), Direction.Short)).Should().BeNull("the other direction is another signal");
        recovered.SignalsDecided.Should().Be(1);
    }

    [Fact]
    public void Nothing_is_approved_before_the_first_reconciliation()
    {
        var book = new RiskBook(new RiskSettings(), new ManualTimeProvider(Now));

        var decided = book.Decide(Signal(Now.AddHours(-1)));

        decided.Approved.Should().BeFalse();
        decided.Reason.Should().Contain("first reconciliation");
        decided.IntentId.Should().BeNull();
    }

    [Fact]
    public void A_signal_whose_bar_closed_longer_ago_than_the_limit_is_refused_as_stale()
    {
        var book = new RiskBook(new RiskSettings { MaxSignalAge = TimeSpan.FromHours(1) }, new ManualTimeProvider(Now)) { TradingEnabled = true };
        book.OnPortfolio(new PortfolioView([], 0m, 0m, 0, null, 10_000m, 1));

        var stale = book.Decide(Signal(Now.AddHours(-3)));
        var fresh = book.Decide(Signal(Now.AddHours(-1)));

        stale.Approved.Should().BeFalse();
        stale.Reason.Should().Be("stale: its bar closed 02:00:00 ago (limit 01:00:00)");
        fresh.Reason.Should().NotContain("stale", "its bar closed just now");
    }

    [Fact]
    public void Breakers_replayed_from_the_journal_rebuild_the_same_state_whenever_the_replay_happens()
    {
        var live = new RiskBook(new RiskSettings(), new ManualTimeProvider(Now));
        var events = new object[]
        {
            new EquityMarked(10_000m, Now),
            new TradeCloseRecorded("BTC", -10m, Now.AddMinutes(1)),
            new EquityMarked(8_900m, Now.AddMinutes(2)),
        };
        foreach (var e in events)
        {
            live.Apply(e);
        }

        var replayed = new RiskBook(new RiskSettings(), new ManualTimeProvider(Now.AddDays(3)));
        foreach (var e in events)
        {
            replayed.Apply(e);
        }

        live.State.Should().Be(Trading.Risk.TradingState.Halted, "an 11% drawdown passes the 10% limit");
        replayed.Snapshot().Should().BeEquivalentTo(live.Snapshot());
    }

    private static SignalIssued Signal(DateTimeOffset bar, Direction direction = Direction.Long) =>
        new($"fvg_fill:BTC:1h:{bar:O}:{direction}", "fvg_fill", "BTC", "1h", bar, direction, 60_000m, 59_000m, 62_000m, 80, "test");
}
