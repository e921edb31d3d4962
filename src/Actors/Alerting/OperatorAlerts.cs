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
    /// <summary>Logs <paramref name="text"/> at <paramref name="level"/> and publishes it as an alert from <paramref name="source"/>.</summary>
    public static void Raise(IActorContext context, ILogger log, LogLevel level, string source, AlertSeverity severity, string text, DateTimeOffset at)
    {
        log.Log(level, "Alert ({Severity}): {Text}", severity, text);
        context.System.EventStream.Publish(new Alert(severity, source, text, at));
    }
}
