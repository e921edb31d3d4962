using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FractalTrader.Runtime;

/// <summary>
/// Settings of an <see cref="ActorSystem"/>. The host binds them from HOCON; each property names
/// its key. Immutable; change a copy with <c>with</c>.
/// </summary>
public sealed partial record ActorSystemOptions
{
    /// <summary>The defaults.</summary>
    public static ActorSystemOptions Default { get; } = new();

    /// <summary>
    /// The clock behind every timer, receive timeout, backoff delay, ask timeout and timestamp of
    /// the runtime. Tests give a manual clock. The default is <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Where the runtime and <c>Context.GetLogger()</c> log; the host plugs Serilog in here. The
    /// default is <see cref="NullLoggerFactory.Instance"/> (no logging).
    /// </summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>
    /// How many user messages an actor processes per turn on the thread pool before it lets other
    /// actors run, so one busy actor cannot starve the others (<c>fractal.actor.dispatcher.throughput</c>).
    /// At least 1. The default is 30.
    /// </summary>
    public int Throughput { get; init; } = 30;

    /// <summary>The mailbox of actors whose props name none (<c>fractal.actor.mailbox</c>). The default is <see cref="UnboundedMailbox"/>.</summary>
    public MailboxType DefaultMailbox { get; init; } = UnboundedMailbox.Instance;

    /// <summary>
    /// Mailboxes that props select by name with <see cref="Props.WithMailbox(string)"/>
    /// (<c>fractal.actor.mailboxes.&lt;name&gt;</c>). Names are case-sensitive. The default is none.
    /// </summary>
    public IReadOnlyDictionary<string, MailboxType> Mailboxes { get; init; } = FrozenDictionary<string, MailboxType>.Empty;

    /// <summary>How long <c>Ask</c> waits when no timeout is given (<c>fractal.actor.ask-timeout</c>). Positive or infinite. The default is 10 seconds.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Restarts allowed per child by the default supervisor strategy within
    /// <see cref="SupervisionWithinTimeRange"/> before the child is stopped; -1 is unlimited, 0 stops
    /// at the first failure (<c>fractal.actor.supervision.max-nr-of-retries</c>). The default is -1, as in Akka.NET.
    /// </summary>
    public int SupervisionMaxNrOfRetries { get; init; } = -1;

    /// <summary>
    /// The window in which <see cref="SupervisionMaxNrOfRetries"/> counts; null is forever
    /// (<c>fractal.actor.supervision.within-time-range</c>). The default is null.
    /// </summary>
    public TimeSpan? SupervisionWithinTimeRange { get; init; }

    /// <summary>At most this many dead letters are logged per <see cref="DeadLetterLogInterval"/>; 0 logs none (<c>fractal.actor.dead-letters.log-rate</c>). The default is 10.</summary>
    public int DeadLetterLogLimit { get; init; } = 10;

    /// <summary>The window of <see cref="DeadLetterLogLimit"/> (<c>fractal.actor.dead-letters.log-rate-interval</c>). The default is 1 minute.</summary>
    public TimeSpan DeadLetterLogInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether dead letters are logged while the system shuts down (<c>fractal.actor.dead-letters.log-during-shutdown</c>). The default is false.</summary>
    public bool LogDeadLettersDuringShutdown { get; init; }

    /// <summary>Runs actors' turns; tests put a step-by-step dispatcher here. The default is the thread pool.</summary>
    internal Dispatcher? Dispatcher { get; init; }

    /// <summary>Checks every setting; the error names the HOCON key.</summary>
    /// <exception cref="ActorSystemConfigurationException">A setting is out of range.</exception>
    public void Validate()
    {
        Require(TimeProvider is not null, nameof(TimeProvider), "must be set");
        Require(LoggerFactory is not null, nameof(LoggerFactory), "must be set");
        Require(DefaultMailbox is not null, "fractal.actor.mailbox", "must be set");
        Require(Mailboxes is not null, "fractal.actor.mailboxes", "must be set");
        Require(Throughput >= 1, "fractal.actor.dispatcher.throughput", $"must be at least 1, was {Throughput}");
        Require(AskTimeout > TimeSpan.Zero || AskTimeout == Timeout.InfiniteTimeSpan, "fractal.actor.ask-timeout", $"must be positive or infinite, was {AskTimeout}");
        Require(SupervisionMaxNrOfRetries >= -1, "fractal.actor.supervision.max-nr-of-retries", $"must be -1 (unlimited) or more, was {SupervisionMaxNrOfRetries}");
        Require(SupervisionWithinTimeRange is null || SupervisionWithinTimeRange > TimeSpan.Zero, "fractal.actor.supervision.within-time-range", $"must be positive, was {SupervisionWithinTimeRange}");
        Require(DeadLetterLogLimit >= 0, "fractal.actor.dead-letters.log-rate", $"must not be negative, was {DeadLetterLogLimit}");
        Require(DeadLetterLogInterval > TimeSpan.Zero, "fractal.actor.dead-letters.log-rate-interval", $"must be positive, was {DeadLetterLogInterval}");
        foreach (var (name, mailbox) in Mailboxes!)
        {
            Require(ActorName.IsValid(name) && mailbox is not null, $"fractal.actor.mailboxes.{name}", "must be a valid name with a mailbox");
        }
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ActorSystemConfigurationException(key, problem);
        }
    }
}
