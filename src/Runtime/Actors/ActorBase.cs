namespace FractalTrader.Runtime;

/// <summary>
/// The base of every actor (Akka.NET's <c>ActorBase</c>). An actor handles one message at a time,
/// so its state needs no locks. Create actors with <see cref="Props"/> and <c>ActorOf</c>; never
/// with <c>new</c>.
/// </summary>
/// <remarks>
/// Extension points for layers built on top (persistence): the <c>Around*</c> methods intercept
/// message processing and lifecycle; <see cref="CreateStash"/> gives a further stash;
/// <see cref="RunTask(Func{Task})"/> holds the mailbox until a task completes;
/// <see cref="StopWithFailure"/> stops the actor recording why.
/// </remarks>
public abstract class ActorBase
{
    private readonly ActorCell cell;
    private Receive? initialReceive;

    /// <summary>Binds the instance to the cell creating it and injects the stash and timers it asks for.</summary>
    /// <exception cref="ActorInitializationException">The actor was created with <c>new</c> instead of <c>ActorOf</c>.</exception>
    protected ActorBase()
    {
        cell = ActorCell.Constructing
            ?? throw new ActorInitializationException(null, $"{GetType().FullName} is an actor: create it with Props and ActorOf, never with new.");
        if (this is IWithStash withStash)
        {
            withStash.Stash = cell.UserStash;
        }

        if (this is IWithTimers withTimers)
        {
            withTimers.Timers = cell.Timers;
        }
    }

    /// <summary>This actor.</summary>
    protected IActorRef Self => cell.Self;

    /// <summary>The sender of the message being processed; dead letters when it had none.</summary>
    protected IActorRef Sender => cell.Sender;

    /// <summary>This actor's context: children, watch, behaviors, receive timeout, the system.</summary>
    protected IActorContext Context => cell;

    internal ActorCell Cell => cell;

    /// <summary>The behavior the actor starts with, as a delegate (made on first use).</summary>
    internal Receive InitialReceive => initialReceive ??= Receive;

    /// <summary>Handles a message; returns <see langword="false"/> when it was not handled.</summary>
    protected abstract bool Receive(object message);

    /// <summary>
    /// Called for a message no behavior handled: an unhandled <see cref="Terminated"/> throws
    /// <see cref="DeathPactException"/>; anything else is published as <see cref="UnhandledMessage"/>.
    /// </summary>
    protected virtual void Unhandled(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is Terminated terminated)
        {
            throw new DeathPactException(terminated.ActorRef);
        }

        cell.System.EventStream.Publish(new UnhandledMessage(message, Sender, Self));
    }

    /// <summary>Runs after the actor is created and before its first message.</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>Runs after the actor has stopped and its children have terminated.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>
    /// Runs on the failed instance before a restart. The default stops all children and calls
    /// <see cref="PostStop"/>; timers are already cancelled and the stash is already back in the mailbox.
    /// </summary>
    /// <param name="reason">The failure.</param>
    /// <param name="message">The message being processed when it failed; it is dropped.</param>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.GetChildren())
        {
            Context.Stop(child);
        }

        PostStop();
    }

    /// <summary>Runs on the fresh instance after a restart. The default calls <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>
    /// How this actor supervises its children. The default is the system's
    /// (<see cref="Runtime.SupervisorStrategy.DefaultStrategy"/> with the configured retry limits);
    /// <see cref="Props.WithSupervisorStrategy"/> takes precedence.
    /// </summary>
    protected virtual SupervisorStrategy SupervisorStrategy() => cell.System.DefaultSupervisorStrategy;

    /// <summary>Replaces the current behavior.</summary>
    protected void Become(Receive receive) => cell.Become(receive);

    /// <summary>Pushes a behavior on the behavior stack.</summary>
    protected void BecomeStacked(Receive receive) => cell.BecomeStacked(receive);

    /// <summary>Pops the behavior stack.</summary>
    protected void UnbecomeStacked() => cell.UnbecomeStacked();

    /// <summary>Sets or clears the receive timeout (see <see cref="IActorContext.SetReceiveTimeout"/>).</summary>
    protected void SetReceiveTimeout(TimeSpan? timeout) => cell.SetReceiveTimeout(timeout);

    /// <summary>
    /// Runs <paramref name="action"/> and holds the mailbox until its task completes: no other
    /// user message is processed meanwhile, system messages still are, and continuations run in
    /// the actor's turn. A faulted task is a failure of the actor. Extension point for
    /// persistence (journal writes, recovery).
    /// </summary>
    protected internal void RunTask(Func<Task> action) => cell.RunTask(static a => a(), action);

    /// <summary>
    /// Intercepts every user message. The default runs <paramref name="receive"/> (the current
    /// behavior) and calls <see cref="Unhandled"/> when it returns false. Extension point: a
    /// subclass may stash or route messages here (e.g. while a journal write is in flight).
    /// </summary>
    protected internal virtual bool AroundReceive(Receive receive, object message)
    {
        ArgumentNullException.ThrowIfNull(receive);
        var handled = receive(message);
        if (!handled)
        {
            Unhandled(message);
        }

        return handled;
    }

    /// <summary>Intercepts <see cref="PreStart"/>; extension point (e.g. to start recovery first).</summary>
    protected internal virtual void AroundPreStart() => PreStart();

    /// <summary>Intercepts <see cref="PostStop"/>; extension point.</summary>
    protected internal virtual void AroundPostStop() => PostStop();

    /// <summary>Intercepts <see cref="PreRestart"/>; extension point (e.g. to unstash an internal stash first).</summary>
    protected internal virtual void AroundPreRestart(Exception cause, object? message) => PreRestart(cause, message);

    /// <summary>Intercepts <see cref="PostRestart"/>; extension point.</summary>
    protected internal virtual void AroundPostRestart(Exception cause, object? message) => PostRestart(cause);

    /// <summary>
    /// A further stash bound to this actor, separate from <see cref="IWithStash.Stash"/>, e.g. an
    /// internal stash holding every incoming message while a journal write is in flight.
    /// <c>UnstashAll</c> puts its messages back in front of the mailbox in their original order.
    /// Unlike the user stash it is not unstashed on restart or stop by the runtime.
    /// </summary>
    protected internal IStash CreateStash() => cell.CreateStash();

    /// <summary>
    /// Stops this actor because of <paramref name="cause"/> without asking its supervisor: the
    /// failure is recorded (introspection, <see cref="ActorStopped.Reason"/>) and watchers receive
    /// <see cref="Terminated"/>. Extension point (e.g. a journal that refused a write).
    /// </summary>
    protected internal void StopWithFailure(Exception cause) => cell.StopWithFailure(cause);

    /// <summary>Called by the cell once the constructor has run; lets subclasses freeze what the constructor configured.</summary>
    internal virtual void OnConstructed()
    {
    }

    internal SupervisorStrategy SupervisorStrategyInternal() => SupervisorStrategy();
}
