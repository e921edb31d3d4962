using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>
/// How a parent treats its failing children: a decider maps each failure to a
/// <see cref="Directive"/>; a restart beyond <see cref="MaxNumberOfRetries"/> within
/// <see cref="WithinTimeRange"/> becomes a stop. Immutable and thread-safe.
/// </summary>
public abstract class SupervisorStrategy
{
    private protected SupervisorStrategy(int? maxNrOfRetries, TimeSpan? withinTimeRange, IDecider decider, bool loggingEnabled)
    {
        ArgumentNullException.ThrowIfNull(decider);
        if (maxNrOfRetries < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxNrOfRetries), maxNrOfRetries, "Use -1 or null for unlimited retries.");
        }

        if (withinTimeRange is { } range && range <= TimeSpan.Zero && range != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(withinTimeRange), withinTimeRange, "The retry window must be positive.");
        }

        MaxNumberOfRetries = maxNrOfRetries ?? -1;
        WithinTimeRange = withinTimeRange == Timeout.InfiniteTimeSpan ? null : withinTimeRange;
        Decider = decider;
        LoggingEnabled = loggingEnabled;
    }

    /// <summary>
    /// Akka.NET's default decider: <see cref="ActorInitializationException"/>,
    /// <see cref="ActorKilledException"/> and <see cref="DeathPactException"/> stop the child;
    /// anything else restarts it.
    /// </summary>
    public static IDecider DefaultDecider { get; } = Runtime.Decider.From(DefaultDecide);

    /// <summary>One-for-one with <see cref="DefaultDecider"/> and unlimited retries.</summary>
    public static SupervisorStrategy DefaultStrategy { get; } = new OneForOneStrategy(DefaultDecider);

    /// <summary>Stops any failing child.</summary>
    public static SupervisorStrategy StoppingStrategy { get; } = new OneForOneStrategy(static _ => Directive.Stop);

    /// <summary>Maps failures to directives.</summary>
    public IDecider Decider { get; }

    /// <summary>Restarts allowed within <see cref="WithinTimeRange"/>; -1 is unlimited, 0 stops at the first failure.</summary>
    public int MaxNumberOfRetries { get; }

    /// <summary>The window the retries are counted in; null is forever.</summary>
    public TimeSpan? WithinTimeRange { get; }

    /// <summary>Whether failures are logged (with the exception and the failing message's type).</summary>
    public bool LoggingEnabled { get; }

    /// <summary>The default decision for <paramref name="cause"/> (see <see cref="DefaultDecider"/>).</summary>
    public static Directive DefaultDecide(Exception cause) => cause switch
    {
        ActorInitializationException => Directive.Stop,
        ActorKilledException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    internal Directive Decide(Exception cause) => Decider.Decide(cause);

    /// <summary>
    /// Carries out a directive other than <see cref="Directive.Escalate"/>, on the parent's turn;
    /// returns what was done (a restart beyond the retry limit is a stop).
    /// </summary>
    internal abstract Directive ApplyDirective(ActorCell parent, ActorCell child, Exception cause, Directive directive);

    internal void LogFailure(ILogger log, ActorPath child, Exception cause, Type? messageType, Directive directive)
    {
        if (!LoggingEnabled)
        {
            return;
        }

        var level = directive == Directive.Resume ? LogLevel.Warning : LogLevel.Error;
        log.Log(
            level,
            cause,
            "{ActorPath} failed processing [{MessageType}], which is dropped; directive {Directive}. {FailureMessage}",
            child,
            messageType?.Name ?? "no message",
            directive,
            cause.Message);
    }
}
