using FractalTrader.Actors.Tests.Node;
using FractalTrader.Messages.Alerts;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Risk;

namespace FractalTrader.Actors.Tests.Risk;

/// <summary>A breaker that trips is an alert the operator sees once, not only a stream of refused signals.</summary>
public sealed class BreakerAlertTests
{
    [Fact]
    public async Task Five_losing_trades_halt_trading_with_one_critical_alert_that_a_restart_does_not_repeat()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        var at = harness.VenueClock.GetUtcNow();

        for (var loss = 1; loss <= 5; loss++)
        {
            harness.System.EventStream.Publish(new PositionChanged("ETH", 0.1m, 0m, 0m, -10m * loss, $"0xloss{loss}", at));
        }

        var alert = await harness.Events.WaitFor<Alert>(a => a.Text.Contains("-> Halted", StringComparison.Ordinal));
        var status = await harness.RiskAsync();
        await harness.StopAsync();
        await harness.StartAsync();
        var afterRestart = await harness.RiskAsync();

        alert.Severity.Should().Be(AlertSeverity.Critical);
        alert.Source.Should().Be("risk-guardian");
        alert.Text.Should().Contain("Active -> Halted").And.Contain("5 losing trades in a row");
        status.State.Should().Be(RiskState.Halted);
        afterRestart.State.Should().Be(RiskState.Halted, "the halt is journaled");
        harness.Events.OfType<Alert>().Should().NotContain(a => a.Text.Contains("-> Halted", StringComparison.Ordinal), "the transition was alerted when it happened, not at every recovery");
        harness.Logs.All.Should().Contain(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Critical && l.Text.Contains("trading Active -> Halted", StringComparison.Ordinal));
    }
}
