using FractalTrader.Actors.Alerting;
using FractalTrader.Messages.Alerts;
using FractalTrader.Messages.Orders;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Orders;

/// <content>
/// The venue's dead-man's switch: armed once the router has settled its past and re-armed every
/// <see cref="OrderRouterSettings.DeadManRefresh"/> while it runs (a live router manages the
/// protective orders even while the guardian is away), disarmed when it drains for a clean stop.
/// The window is wall time handed to the venue in market time, so an accelerated paper venue does
/// not fire it between two refreshes. Every attempt is published as <see cref="DeadManSwitchReported"/>;
/// a failure raises an alert, critical once the last arming has lapsed.
/// </content>
public sealed partial class OrderRouterActor
{
    private DateTimeOffset? deadManArmedUntil;
    private string? deadManFailure;

    private void RefreshDeadMan()
    {
        if (!settings.UseDeadManSwitch || !recovered || draining)
        {
            return;
        }

        var at = clock.Now + clock.ToMarket(settings.DeadManWindow);
        Call(
            async venue =>
            {
                await venue.ScheduleCancelAsync(at);
                return new DeadManArmed(at);
            },
            e => new DeadManFailed(at, e.Message));
    }

    private void OnDeadManArmed(DeadManArmed armed)
    {
        if (draining)
        {
            // An arming that was under way when the drain disarmed the switch: disarm again, or the venue would cancel the protection after the stop.
            CallVenue("disarm the dead-man's switch", venue => venue.ScheduleCancelAsync(null));
            return;
        }

        var first = deadManArmedUntil is null;
        deadManArmedUntil = armed.Until;
        var now = clock.Now;
        if (deadManFailure is not null)
        {
            deadManFailure = null;
            RaiseAlert(AlertSeverity.Info, $"venue dead-man's switch armed again, until {armed.Until:O}", now);
        }

        Context.System.EventStream.Publish(new DeadManSwitchReported(armed.Until, null, now));
        log.Log(
            first ? LogLevel.Information : LogLevel.Debug,
            "Dead-man's switch armed until {Until} (market time; {Window} of wall time), refreshed every {Refresh}",
            armed.Until, settings.DeadManWindow, settings.DeadManRefresh);
    }

    private void OnDeadManFailed(DeadManFailed failed)
    {
        var now = clock.Now;
        var first = deadManFailure is null;
        var wasArmed = deadManArmedUntil is not null;
        deadManFailure = failed.Error;
        if (deadManArmedUntil <= now)
        {
            deadManArmedUntil = null;
        }

        // Alerted when it starts failing and when the last arming lapses, not at every retry.
        if (deadManArmedUntil is null && (first || wasArmed))
        {
            RaiseAlert(
                AlertSeverity.Critical,
                $"venue dead-man's switch NOT armed ({failed.Error}): if this node stops answering, its orders stay at the venue; retrying every {settings.DeadManRefresh}",
                now);
        }
        else if (first)
        {
            RaiseAlert(
                AlertSeverity.Warning,
                $"re-arming the venue dead-man's switch failed ({failed.Error}); still armed until {deadManArmedUntil:O}, retrying every {settings.DeadManRefresh}",
                now);
        }

        Context.System.EventStream.Publish(new DeadManSwitchReported(deadManArmedUntil, failed.Error, now));
    }

    private void RaiseAlert(AlertSeverity severity, string text, DateTimeOffset at) =>
        OperatorAlerts.Raise(Context, log, "order-router", severity, text, at);
}
