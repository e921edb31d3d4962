using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>
/// An event-sourced actor (Akka.Persistence's <c>ReceivePersistentActor</c>): commands are handled
/// by <c>Command&lt;T&gt;</c> registrations, which <c>Persist</c> events; each event's handler runs once
/// the event is durable and updates the state. On start and restart the state is rebuilt by
/// <c>Recover&lt;T&gt;</c> registrations from the latest snapshot and the events after it. The journal
/// and snapshot store come from the system's <see cref="Persistence"/> extension.
/// </summary>
/// <remarks>
/// While events are being written, and during recovery, the actor takes no other message: commands
/// arriving meanwhile wait, in order, ahead of nothing else (the mailbox is held; Akka's internal
/// stash), so a command never sees half-applied state. Failure semantics follow Akka.NET: an event
/// that cannot be serialized is rejected (<see cref="OnPersistRejected"/>, the actor carries on, its
/// handler does not run); a journal that cannot store it stops the actor
/// (<see cref="OnPersistFailure"/>; put it under a <see cref="BackoffSupervisor"/> with
/// <see cref="Backoff.OnStop"/> to start it again, recovering what is durable); a snapshot or event
/// that cannot be read back stops it with a <see cref="RecoveryFailureException"/>.
/// <see cref="IWithStash"/> works as in any actor.
/// </remarks>
public abstract partial class ReceivePersistentActor : ActorBase
{
    private readonly ReceiveHandlers commands;
    private readonly ReceiveHandlers recoveryHandlers;
    private readonly string writerGuid = Guid.NewGuid().ToString("N");
    private ReceiveHandlers? configuring;
    private bool constructed;
    private Persistence? persistence;
    private string? persistenceId;
    private ILogger? log;
    private bool recovering;
    private bool recoveryFinished;

    // Set once this instance is stopped or replaced by a restart: work it started and that finishes
    // later (a write, a replay page) must not touch the actor any more.
    private bool incarnationOver;

    /// <summary>Starts registering command and recovery handlers; registrations are accepted until the constructor returns.</summary>
    protected ReceivePersistentActor()
    {
        commands = new ReceiveHandlers(this);
        recoveryHandlers = new ReceiveHandlers(this);
        configuring = commands;
    }

    /// <summary>The stream this actor's events are stored under; stable across restarts and process starts.</summary>
    public abstract string PersistenceId { get; }

    /// <summary>The sequence number of the last event persisted or replayed (0 before the first).</summary>
    public long LastSequenceNr { get; private set; }

    /// <summary>The sequence number a snapshot taken now is stored under: <see cref="LastSequenceNr"/>.</summary>
    public long SnapshotSequenceNr => LastSequenceNr;

    /// <summary>Whether recovery is running (recovery handlers are being called).</summary>
    public bool IsRecovering => recovering;

    /// <summary>Whether recovery has completed and commands are being handled.</summary>
    public bool IsRecoveryFinished => recoveryFinished;

    /// <summary>How this actor recovers; the default is <see cref="Runtime.Recovery.Default"/> (latest snapshot, then every event).</summary>
    protected virtual Recovery Recovery => Recovery.Default;

    /// <summary>The system's persistence extension, as found when the actor started.</summary>
    protected Persistence Persistence => persistence ?? throw new InvalidOperationException($"{GetType().Name}: persistence is available once the actor has started.");

    private ILogger Log => log ??= Context.GetLogger();

    private string Id => persistenceId ?? throw new InvalidOperationException($"{GetType().Name}: PersistenceId is read when the actor starts.");

    /// <summary>Handles commands of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/> (all when null).</summary>
    protected void Command<T>(Action<T> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterCommand(new ActionHandler<T>(handler, shouldHandle));
    }

    /// <summary>Handles commands of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/>.</summary>
    protected void Command<T>(Predicate<T> shouldHandle, Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterCommand(new ActionHandler<T>(handler, shouldHandle));
    }

    /// <summary>Offers commands of type <typeparamref name="T"/> to <paramref name="handler"/>, which returns whether it handled them.</summary>
    protected void Command<T>(Func<T, bool> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterCommand(new FuncHandler<T>(handler));
    }

    /// <summary>Handles any command; register it last, as later registrations are never reached.</summary>
    protected void CommandAny(Action<object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterCommand(new ActionHandler<object>(handler, null));
    }

    /// <summary>
    /// Handles commands of type <typeparamref name="T"/> asynchronously: no other message is taken
    /// until the task completes. Events persisted before the first <c>await</c> are written at once;
    /// events persisted later are written when the task completes; their handlers run in order.
    /// </summary>
    protected void CommandAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterCommand(new AsyncHandler<T>(
            async command =>
            {
                await handler(command);
                await WriteRemainingAsync();
            },
            shouldHandle));
    }

    /// <summary>Handles any command asynchronously (see <see cref="CommandAsync{T}"/>).</summary>
    protected void CommandAnyAsync(Func<object, Task> handler) => CommandAsync(handler);

    /// <summary>Applies replayed events (and <see cref="SnapshotOffer"/>, <see cref="RecoveryCompleted"/>) of type <typeparamref name="T"/>.</summary>
    protected void Recover<T>(Action<T> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterRecovery(new ActionHandler<T>(handler, shouldHandle));
    }

    /// <summary>Applies replayed events of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/>.</summary>
    protected void Recover<T>(Predicate<T> shouldHandle, Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterRecovery(new ActionHandler<T>(handler, shouldHandle));
    }

    /// <summary>Offers replayed events of type <typeparamref name="T"/> to <paramref name="handler"/>, which returns whether it applied them.</summary>
    protected void Recover<T>(Func<T, bool> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterRecovery(new FuncHandler<T>(handler));
    }

    /// <summary>Applies any replayed event; register it last.</summary>
    protected void RecoverAny(Action<object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        RegisterRecovery(new ActionHandler<object>(handler, null));
    }

    /// <summary>Replaces the command behavior with the <c>Command</c> registrations <paramref name="configure"/> makes.</summary>
    protected void Become(Action configure) => Become(BuildCommands(configure));

    /// <summary>Pushes a command behavior made of the registrations <paramref name="configure"/> makes; <c>UnbecomeStacked</c> returns.</summary>
    protected void BecomeStacked(Action configure) => BecomeStacked(BuildCommands(configure));

    /// <summary>
    /// Called when an event was rejected before it was stored (it cannot be serialized). The actor
    /// carries on; the event's handler does not run, its sequence number is skipped. The default logs a warning.
    /// </summary>
    protected virtual void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        ArgumentNullException.ThrowIfNull(@event);
        Log.LogWarning(
            cause,
            "Rejected to persist event {EventType} with sequence nr {SequenceNr} for persistence id {PersistenceId}: {Reason}",
            @event.GetType().Name,
            sequenceNr,
            persistenceId,
            cause?.Message);
    }

    /// <summary>
    /// Called when the journal failed to store an event (I/O error, full disk, a second writer for
    /// this persistence id). The actor is stopped after this returns; whether the event is durable
    /// is unknown, so it is recovered from the journal when the actor starts again. The default logs an error.
    /// </summary>
    protected virtual void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        ArgumentNullException.ThrowIfNull(@event);
        Log.LogError(
            cause,
            "Failed to persist event {EventType} with sequence nr {SequenceNr} for persistence id {PersistenceId}; stopping: {Reason}",
            @event.GetType().Name,
            sequenceNr,
            persistenceId,
            cause?.Message);
    }

    /// <summary>
    /// Called when recovery failed; the actor is stopped after this returns and the journal is left
    /// untouched. <paramref name="message"/> is the event being applied, if it was read. The default logs an error.
    /// </summary>
    protected virtual void OnRecoveryFailure(Exception reason, object? message = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Log.LogError(reason, "Recovery of persistence id {PersistenceId} failed; stopping: {Reason}", persistenceId, reason.Message);
    }

    /// <inheritdoc />
    protected sealed override bool Receive(object message) => commands.Handle(message);

    /// <summary>Handles a command, then writes what it persisted; no other message is taken until its handlers have run.</summary>
    protected internal override bool AroundReceive(Receive receive, object message)
    {
        bool handled;
        try
        {
            handled = base.AroundReceive(receive, message);
        }
        catch
        {
            DropUnwrittenEvents();
            throw;
        }

        if (eventBatch.Count > 0 && !writing)
        {
            StartWriting();
        }

        return handled;
    }

    /// <summary>Runs <c>PreStart</c>, then recovery; commands wait until it completes.</summary>
    protected internal override void AroundPreStart()
    {
        Initialize();
        base.AroundPreStart();
        StartRecovery();
    }

    /// <summary>Runs <c>PostRestart</c>, then recovery of the fresh instance from the journal.</summary>
    protected internal override void AroundPostRestart(Exception cause, object? message)
    {
        Initialize();
        base.AroundPostRestart(cause, message);
        StartRecovery();
    }

    /// <inheritdoc />
    protected internal override void AroundPreRestart(Exception cause, object? message)
    {
        incarnationOver = true;
        base.AroundPreRestart(cause, message);
    }

    /// <inheritdoc />
    protected internal override void AroundPostStop()
    {
        incarnationOver = true;
        base.AroundPostStop();
    }

    internal override void OnConstructed()
    {
        configuring = null;
        constructed = true;
    }

    private void Initialize()
    {
        persistence = Persistence.Apply(Context.System);
        var id = PersistenceId;
        if (string.IsNullOrEmpty(id))
        {
            throw new InvalidOperationException($"{GetType().Name}: PersistenceId must not be empty.");
        }

        persistenceId = id;
    }

    private void RegisterCommand(MessageHandler handler)
    {
        var target = configuring
            ?? throw new InvalidOperationException(
                $"{GetType().Name}: Command handlers can only be registered in the constructor or inside Become(() => ...).");
        target.Add(handler);
    }

    private void RegisterRecovery(MessageHandler handler)
    {
        if (constructed)
        {
            throw new InvalidOperationException($"{GetType().Name}: Recover handlers can only be registered in the constructor.");
        }

        recoveryHandlers.Add(handler);
    }

    private Receive BuildCommands(Action configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var previous = configuring;
        var handlers = new ReceiveHandlers(this);
        configuring = handlers;
        try
        {
            configure();
        }
        finally
        {
            configuring = previous;
        }

        return handlers.Handle;
    }
}
