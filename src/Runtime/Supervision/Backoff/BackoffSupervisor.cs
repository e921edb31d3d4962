namespace FractalTrader.Runtime;

/// <summary>
/// Runs one child and starts it again after growing delays when it fails or stops (Akka.NET's
/// <c>BackoffSupervisor</c>), so a child that depends on something down (an exchange, a
/// database) does not hammer it. Other messages are forwarded to the child; while it is down
/// they go to dead letters. Delays run on the system's clock.
/// </summary>
public sealed partial class BackoffSupervisor : ActorBase, IWithTimers
{
    private readonly BackoffOptions options;
    private IActorRef? child;
    private int restartCount;
    private int generation;
    private bool restartWhenTerminated;

    /// <summary>Creates the supervisor; use <see cref="Props(BackoffOptions)"/>.</summary>
    public BackoffSupervisor(BackoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>Props for a backoff supervisor.</summary>
    public static Props Props(BackoffOptions options) => Runtime.Props.Create(() => new BackoffSupervisor(options));

    /// <summary>Props for a supervisor restarting the child whenever it stops (Akka.NET's older overload).</summary>
    public static Props Props(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor) =>
        Props(Backoff.OnStop(childProps, childName, minBackoff, maxBackoff, randomFactor));

    /// <inheritdoc />
    protected override void PreStart() => StartChild();

    /// <inheritdoc />
    protected override SupervisorStrategy SupervisorStrategy() =>
        new OneForOneStrategy(options.Mode == BackoffMode.OnStop ? options.Decider : Runtime.Decider.From(DecideOnFailure));

    /// <inheritdoc />
    protected override bool Receive(object message)
    {
        switch (message)
        {
            case StartChildNow start when start.Generation == generation:
                StartChild();
                break;
            case StartChildNow:
                break;
            case ResetRestartCount reset when reset.Generation == generation:
                restartCount = 0;
                break;
            case ResetRestartCount:
                break;
            case Terminated terminated when terminated.ActorRef.Equals(child):
                OnChildTerminated();
                break;
            case GetCurrentChild:
                Sender.Tell(new CurrentChild(child), Self);
                break;
            case GetRestartCount:
                Sender.Tell(new RestartCount(restartCount), Self);
                break;
            case Reset:
                restartCount = 0;
                break;
            default:
                if (child is null)
                {
                    Context.System.DeadLetters.Tell(message, Sender);
                }
                else
                {
                    child.Tell(message, Sender);
                }

                break;
        }

        return true;
    }

    private Directive DecideOnFailure(Exception cause)
    {
        var directive = options.Decider.Decide(cause);
        if (directive != Directive.Restart)
        {
            return directive;
        }

        // The child is stopped now and started again once the backoff has passed.
        restartWhenTerminated = true;
        return Directive.Stop;
    }

    private void StartChild()
    {
        generation++;
        child = Context.Watch(Context.ActorOf(options.ChildProps, options.ChildName));
        if (options.ResetBackoff is { } reset)
        {
            Timers.StartSingleTimer(ResetRestartCount.Key, new ResetRestartCount(generation), reset);
        }
    }

    private void OnChildTerminated()
    {
        child = null;
        generation++;
        Timers.Cancel(ResetRestartCount.Key);
        var restart = options.Mode == BackoffMode.OnStop || restartWhenTerminated;
        restartWhenTerminated = false;
        if (!restart || (options.MaxNrOfRetries >= 0 && restartCount >= options.MaxNrOfRetries))
        {
            Context.Stop(Self);
            return;
        }

        var delay = options.DelayFor(restartCount, Random.Shared.NextDouble());
        restartCount++;
        Timers.StartSingleTimer(StartChildNow.Key, new StartChildNow(generation), delay);
    }
}
