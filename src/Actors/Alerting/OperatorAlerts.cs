using FractalTrader.Messages.Alerts;
using FractalTrader.Runtime;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Alerting;

/// <summary>
/// Raising an operator alert from an actor: one log line, <c>Alert (severity): text</c>, and the
/// <see cref="Alert"/> on the event stream, where the alert sinks and the health views pick it up. Stateless.
/// </summary>
internal static class OperatorAlerts
{
    /// <summary>
    /// Logs <paramref name="text"/> at the level of its <paramref name="severity"/> (a Critical alert
    /// is a Critical log line, so log-based paging sees it too) and publishes it as an alert from
    /// <paramref name="source"/>.
    /// </summary>
    public static void Raise(IActorContext context, ILogger log, string source, AlertSeverity severity, string text, DateTimeOffset at)
    {
        log.Log(LevelOf(severity), "Alert ({Severity}): {Text}", severity, text);
        context.System.EventStream.Publish(new Alert(severity, source, text, at));
    }

    /// <summary>The log level an alert of <paramref name="severity"/> is written at.</summary>
    private static LogLevel LevelOf(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => LogLevel.Critical,
        AlertSeverity.Warning => LogLevel.Warning,
        _ => LogLevel.Information,
    };
}
