using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>
/// Logs dead letters at a limited rate: at most <c>limit</c> lines per <c>interval</c>, then one
/// line saying how many were not logged. Only types and paths are logged, never message content
/// (it may hold secrets). Thread-safe.
/// </summary>
internal sealed class DeadLetterLog(ILogger logger, TimeProvider clock, ActorSystemOptions options)
{
    private readonly Lock gate = new();
    private long windowStart = clock.GetTimestamp();
    private int loggedInWindow;
    private long suppressed;

    public void Log(object message, IActorRef sender, IActorRef recipient, long total, bool shuttingDown)
    {
        if (options.DeadLetterLogLimit == 0 || (shuttingDown && !options.LogDeadLettersDuringShutdown) || !logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        long notLogged;
        lock (gate)
        {
            var now = clock.GetTimestamp();
            if (clock.GetElapsedTime(windowStart, now) >= options.DeadLetterLogInterval)
            {
                windowStart = now;
                loggedInWindow = 0;
            }

            if (loggedInWindow >= options.DeadLetterLogLimit)
            {
                suppressed++;
                return;
            }

            loggedInWindow++;
            notLogged = suppressed;
            suppressed = 0;
        }

        logger.LogInformation(
            "Message [{MessageType}] from {Sender} to {Recipient} was not delivered. {DeadLetterCount} dead letters so far; {NotLogged} not logged since the last line (limit {Limit} per {Interval})",
            message.GetType().Name,
            sender.Path,
            recipient.Path,
            total,
            notLogged,
            options.DeadLetterLogLimit,
            options.DeadLetterLogInterval);
    }
}
