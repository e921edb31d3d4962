namespace FractalTrader.Runtime;

/// <summary>
/// The temporary actor behind <c>Ask&lt;T&gt;</c>: completes its task with the first reply,
/// faults it on <see cref="Status.Failure"/>, timeout (by the system's clock) or cancellation.
/// Thread-safe.
/// </summary>
internal sealed class PromiseActorRef<T> : IInternalActorRef, IAskPromise
{
    private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ActorSystem system;
    private readonly IActorRef? target;
    private readonly Type messageType;
    private readonly TimeSpan timeout;
    private ITimer? timer;
    private readonly CancellationTokenRegistration cancellation;
    private ActorPath? path;

    public PromiseActorRef(ActorSystem system, IActorRef? target, Type messageType, TimeSpan timeout, CancellationToken cancellationToken)
    {
        this.system = system;
        this.target = target;
        this.messageType = messageType;
        this.timeout = timeout;
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timer = system.TimeProvider.CreateTimer(static state => ((PromiseActorRef<T>)state!).TimedOut(), this, timeout, Timeout.InfiniteTimeSpan);
        }

        if (cancellationToken.CanBeCanceled)
        {
            cancellation = cancellationToken.UnsafeRegister(static (state, token) => ((PromiseActorRef<T>)state!).Cancelled(token), this);
        }
    }

    public Task<T> Task => completion.Task;

    public ActorPath Path => path ??= system.NextTempPath();

    public bool IsTerminated => completion.Task.IsCompleted;

    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        var completed = message switch
        {
            T reply => completion.TrySetResult(reply),
            Status.Failure failure => completion.TrySetException(failure.Cause),
            _ => completion.TrySetException(new InvalidCastException(
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
        if (completion.TrySetException(new AskTimeoutException(
            $"Ask to {recipient.Path} failed at once: the {message.GetType().Name} was not delivered (the recipient is terminated or refused it).")))
        {
            Release();
        }
    }

    public override string ToString() => $"[{Path}]";

    private void TimedOut()
    {
        if (completion.TrySetException(new AskTimeoutException(
            $"Ask to {target?.Path} timed out after {timeout} waiting for a reply to {messageType.Name}.")))
        {
            Release();
        }
    }

    private void Cancelled(CancellationToken token)
    {
        if (completion.TrySetCanceled(token))
        {
            Release();
        }
    }

    private void Release()
    {
        Interlocked.Exchange(ref timer, null)?.Dispose();
        cancellation.Dispose();
    }
}
