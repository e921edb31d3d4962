namespace FractalTrader.Runtime;

/// <summary>
/// The system-wide publish/subscribe bus (Akka.NET's <c>EventStream</c>): actors subscribe to a
/// type and receive every published event assignable to it. The runtime publishes
/// <see cref="DeadLetter"/>, <see cref="Dropped"/>, <see cref="UnhandledMessage"/>,
/// <see cref="ActorRestarted"/> and <see cref="ActorStopped"/> here. Thread-safe; terminated
/// subscribers are removed on the next publish that reaches them.
/// </summary>
public sealed class EventStream
{
    private readonly Lock gate = new();
    private Subscription[] subscriptions = [];

    /// <summary>Subscribes <paramref name="subscriber"/> to events assignable to <paramref name="channel"/>; false if it already was.</summary>
    public bool Subscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        lock (gate)
        {
            if (Array.Exists(subscriptions, s => s.Subscriber.Equals(subscriber) && s.Channel == channel))
            {
                return false;
            }

            Volatile.Write(ref subscriptions, [.. subscriptions, new Subscription(subscriber, channel)]);
            return true;
        }
    }

    /// <summary>Subscribes <paramref name="subscriber"/> to events assignable to <typeparamref name="TChannel"/>.</summary>
    public bool Subscribe<TChannel>(IActorRef subscriber) => Subscribe(subscriber, typeof(TChannel));

    /// <summary>Ends one subscription; false if there was none.</summary>
    public bool Unsubscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        return Remove(s => s.Subscriber.Equals(subscriber) && s.Channel == channel);
    }

    /// <summary>Ends every subscription of <paramref name="subscriber"/>; false if there was none.</summary>
    public bool Unsubscribe(IActorRef subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return Remove(s => s.Subscriber.Equals(subscriber));
    }

    /// <summary>Sends <paramref name="event"/> to every subscriber of a type it is assignable to, without a sender.</summary>
    public void Publish(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        foreach (var subscription in Volatile.Read(ref subscriptions))
        {
            if (!subscription.Channel.IsInstanceOfType(@event))
            {
                continue;
            }

            if (subscription.Subscriber is IInternalActorRef { IsTerminated: true })
            {
                Unsubscribe(subscription.Subscriber);
            }
            else
            {
                subscription.Subscriber.Tell(@event, null);
            }
        }
    }

    private bool Remove(Predicate<Subscription> match)
    {
        lock (gate)
        {
            var kept = Array.FindAll(subscriptions, s => !match(s));
            if (kept.Length == subscriptions.Length)
            {
                return false;
            }

            Volatile.Write(ref subscriptions, kept);
            return true;
        }
    }

    private sealed record Subscription(IActorRef Subscriber, Type Channel);
}
