namespace FractalTrader.Runtime;

/// <summary>
/// <c>Ask</c>: send a message and await one reply (Akka.NET's <c>Futures</c>). The reply completes
/// the task; <see cref="Status.Failure"/> faults it with its cause; no reply within the timeout
/// (by the system's clock) faults it with <see cref="AskTimeoutException"/>, and so does a target
/// that is already dead or never receives the question, at once.
/// </summary>
public static class Futures
{
    /// <summary>Asks and awaits any reply, within <paramref name="timeout"/> (the system's <see cref="ActorSystemOptions.AskTimeout"/> when null).</summary>
    public static Task<object> Ask(this ICanTell self, object message, TimeSpan? timeout = null) =>
        Ask<object>(self, message, timeout, CancellationToken.None);

    /// <summary>Asks and awaits any reply until <paramref name="cancellationToken"/> fires or the default timeout passes.</summary>
    public static Task<object> Ask(this ICanTell self, object message, CancellationToken cancellationToken) =>
        Ask<object>(self, message, null, cancellationToken);

    /// <summary>Asks and awaits any reply.</summary>
    public static Task<object> Ask(this ICanTell self, object message, TimeSpan? timeout, CancellationToken cancellationToken) =>
        Ask<object>(self, message, timeout, cancellationToken);

    /// <summary>Asks and awaits a reply of type <typeparamref name="T"/>; another type faults with <see cref="InvalidCastException"/>.</summary>
    public static Task<T> Ask<T>(this ICanTell self, object message, TimeSpan? timeout = null) =>
        Ask<T>(self, message, timeout, CancellationToken.None);

    /// <summary>Asks and awaits a reply of type <typeparamref name="T"/> until <paramref name="cancellationToken"/> fires or the default timeout passes.</summary>
    public static Task<T> Ask<T>(this ICanTell self, object message, CancellationToken cancellationToken) =>
        Ask<T>(self, message, null, cancellationToken);

    /// <summary>Asks and awaits a reply of type <typeparamref name="T"/>.</summary>
    public static Task<T> Ask<T>(this ICanTell self, object message, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(message);
        if (self is IInternalActorRef { IsTerminated: true } dead)
        {
            return Task.FromException<T>(new AskTimeoutException(
                $"Ask to {dead.Path} failed at once: the recipient had already terminated; the {message.GetType().Name} was not sent."));
        }

        var system = SystemOf(self);
        var wait = timeout ?? system.Options.AskTimeout;
        if (wait <= TimeSpan.Zero && wait != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "An ask timeout must be positive or infinite.");
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var promise = new PromiseActorRef<T>(system, self as IActorRef, message.GetType(), wait, cancellationToken);
        self.Tell(message, promise);
        return promise.Task;
    }

    private static ActorSystem SystemOf(ICanTell target) => target switch
    {
        IInternalActorRef { System: { } system } => system,
        ActorSelection selection => selection.System,
        _ => throw new ArgumentException($"Ask needs an actor or selection of an ActorSystem, not {target}.", nameof(target)),
    };
}
