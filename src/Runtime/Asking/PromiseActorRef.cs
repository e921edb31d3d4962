namespace FractalTrader.Runtime;

/// <summary>
/// The temporary actor behind <c>Ask&lt;T&gt;</c>, and its task: completes with the first reply,
/// faults on <see cref="Status.Failure"/>, timeout (by the system's clock) or cancellation.
/// Being the task completion source and the timeout entry itself keeps an ask to two objects.
/// Thread-safe.
/// </summary>
internal sealed class PromiseActorRef<T> : TaskCompletionSource<T>, IInternalActorRef, IAskPromise, ITimeoutEntry
{
    private readonly ActorSystem system;
    private readonly IActorRef? target;
    private readonly Type messageType;
    private readonly TimeSpan timeout;
    private readonly ITimer? timer;
    private readonly CancellationTokenRegistration cancellation;
    private ActorPath? path;

    public PromiseActorRef(ActorSystem system, IActorRef? target, Type messageType, TimeSpan timeout, CancellationToken cancellationToken)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        this.system = system;
        this.target = target;
        this.messageType = messageType;
        this.timeout = timeout;
        if (timeout != Timeout.InfiniteTimeSpan && !system.AskTimeouts.TryAdd(this, timeout))
        {
            timer = system.TimeProvider.CreateTimer(static state => ((PromiseActorRef<T>)state!).TimedOut(), this, timeout, Timeout.InfiniteTimeSpan);
        }

        if (cancellationToken.CanBeCanceled)
        {
            cancellation = cancellationToken.UnsafeRegister(static (state, token) => ((PromiseActorRef<T>)state!).Cancelled(token), this);
        }
    }

    public ActorPath Path => path ??= system.NextTempPath();

    public bool IsTerminated => Task.IsCompleted;

    ActorSystem IInternalActorRef.System => system;

    ITimeoutEntry? ITimeoutEntry.Previous { get; set; }

    ITimeoutEntry? ITimeoutEntry.Next { get; set; }

    TimeoutQueue? ITimeoutEntry.Queue { get; set; }

    long ITimeoutEntry.Deadline { get; set; }

    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        var completed = message switch
        {
            T reply => TrySetResult(reply),
            Status.Failure failure => TrySetException(failure.Cause),
            _ => TrySetException(new InvalidCastException(
                $"Ask<{typeof(T).Name}> to {target?.Path} got a reply of type {message.GetType().Name}.")),
        };
        if (completed)
        {
            Release();
        }
    }

    public void SendSystemMessage(SystemMessage message)
    {
        // Nothing watches or supervises a promise.
    }

    public void Undeliverable(IActorRef recipient, object message)
    {
        if (TrySetException(new AskTimeoutException(
            $"Ask to {recipient.Path} failed at once: the {message.GetType().Name} was not delivered (the recipient is terminated or refused it).")))
        {
            Release();
        }
    }

    public void TimedOut()
    {
        if (TrySetException(new AskTimeoutException(
            $"Ask to {target?.Path} timed out after {timeout} waiting for a reply to {messageType.Name}.")))
        {
            Release();
        }
    }

    public override string ToString() => $"[{Path}]";

    private void Cancelled(CancellationToken token)
    {
        if (TrySetCanceled(token))
        {
            Release();
        }
    }

    /// <summary>Called once, by whichever completion won (each is guarded by a TrySet).</summary>
    private void Release()
    {
        ((ITimeoutEntry)this).Queue?.Remove(this);
        timer?.Dispose();
        cancellation.Dispose();
    }
}
