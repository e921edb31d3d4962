namespace FractalTrader.Runtime;

/// <summary>
/// An actor whose behavior is a list of typed handlers registered in its constructor (Akka.NET's
/// <c>ReceiveActor</c>). The first registration that matches a message handles it; a message no
/// registration matches is unhandled.
/// </summary>
public abstract class ReceiveActor : ActorBase
{
    private readonly ReceiveHandlers initial;
    private ReceiveHandlers? configuring;

    /// <summary>Starts registering the initial behavior; registrations are accepted until the constructor returns.</summary>
    protected ReceiveActor()
    {
        initial = new ReceiveHandlers(this);
        configuring = initial;
    }

    /// <summary>Handles messages of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/> (all when null).</summary>
    protected void Receive<T>(Action<T> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(new ActionHandler<T>(handler, shouldHandle));
    }

    /// <summary>Handles messages of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/>.</summary>
    protected void Receive<T>(Predicate<T> shouldHandle, Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(new ActionHandler<T>(handler, shouldHandle));
    }

    /// <summary>Offers messages of type <typeparamref name="T"/> to <paramref name="handler"/>, which returns whether it handled them.</summary>
    protected void Receive<T>(Func<T, bool> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(new FuncHandler<T>(handler));
    }

    /// <summary>
    /// Handles messages of type <typeparamref name="T"/> asynchronously: the mailbox waits until the
    /// task completes, so no other message interleaves; after <c>await</c>, <c>Self</c>,
    /// <c>Sender</c> and <c>Context</c> still refer to this message. A faulted task is a failure.
    /// </summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(new AsyncHandler<T>(handler, shouldHandle));
    }

    /// <summary>Handles messages of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/> asynchronously.</summary>
    protected void ReceiveAsync<T>(Predicate<T> shouldHandle, Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(new AsyncHandler<T>(handler, shouldHandle));
    }

    /// <summary>Handles any message; register it last, as later registrations are never reached.</summary>
    protected void ReceiveAny(Action<object> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(new ActionHandler<object>(handler, null));
    }

    /// <summary>Handles any message asynchronously (see <see cref="ReceiveAsync{T}(Func{T, Task}, Predicate{T})"/>).</summary>
    protected void ReceiveAnyAsync(Func<object, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register(new AsyncHandler<object>(handler, null));
    }

    /// <summary>Replaces the behavior with the registrations <paramref name="configure"/> makes.</summary>
    protected void Become(Action configure) => Become(Build(configure));

    /// <summary>Pushes a behavior made of the registrations <paramref name="configure"/> makes; <c>UnbecomeStacked</c> returns.</summary>
    protected void BecomeStacked(Action configure) => BecomeStacked(Build(configure));

    /// <inheritdoc />
    protected sealed override bool Receive(object message) => initial.Handle(message);

    internal override void OnConstructed() => configuring = null;

    private Receive Build(Action configure)
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

    private void Register(MessageHandler handler)
    {
        var target = configuring
            ?? throw new InvalidOperationException(
                $"{GetType().Name}: Receive handlers can only be registered in the constructor or inside Become(() => ...).");
        target.Add(handler);
    }
}
