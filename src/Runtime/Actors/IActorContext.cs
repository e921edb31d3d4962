namespace FractalTrader.Runtime;

/// <summary>
/// An actor's view of itself and the runtime (Akka.NET's <c>Context</c>). Use it only from the
/// actor's own message processing (including after an <c>await</c> in an asynchronous handler);
/// it is not thread-safe.
/// </summary>
public interface IActorContext : IActorRefFactory
{
    /// <summary>This actor.</summary>
    IActorRef Self { get; }

    /// <summary>The sender of the message being processed; dead letters when it had none.</summary>
    IActorRef Sender { get; }

    /// <summary>This actor's parent (its supervisor).</summary>
    IActorRef Parent { get; }

    /// <summary>The props this actor was created from.</summary>
    Props Props { get; }

    /// <summary>The system this actor belongs to.</summary>
    ActorSystem System { get; }

    /// <summary>The receive timeout in force, if any.</summary>
    TimeSpan? ReceiveTimeout { get; }

    /// <summary>The child called <paramref name="name"/>, or <see cref="ActorRefs.Nobody"/>.</summary>
    IActorRef Child(string name);

    /// <summary>This actor's children, including those stopping.</summary>
    IEnumerable<IActorRef> GetChildren();

    /// <summary>Replaces the current behavior (Akka.NET's <c>Become</c>).</summary>
    void Become(Receive receive);

    /// <summary>Pushes a behavior; <see cref="UnbecomeStacked"/> returns to the one before.</summary>
    void BecomeStacked(Receive receive);

    /// <summary>Returns to the behavior before the last <see cref="BecomeStacked"/>; never below the initial one.</summary>
    void UnbecomeStacked();

    /// <summary>Receive <see cref="Terminated"/> when <paramref name="subject"/> stops (at once if it already has).</summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>Like <see cref="Watch"/>, but receive <paramref name="message"/> instead of <see cref="Terminated"/>.</summary>
    IActorRef WatchWith(IActorRef subject, object message);

    /// <summary>Stops watching; a <see cref="Terminated"/> not yet processed is discarded.</summary>
    IActorRef Unwatch(IActorRef subject);

    /// <summary>Stops <paramref name="actor"/> (this actor, a child or any other) after the message it is processing.</summary>
    void Stop(IActorRef actor);

    /// <summary>
    /// Sends <see cref="Runtime.ReceiveTimeout"/> after <paramref name="timeout"/> without messages, and again after
    /// each further idle period; <see langword="null"/> turns it off. Measured by the system's <see cref="TimeProvider"/>.
    /// </summary>
    void SetReceiveTimeout(TimeSpan? timeout);
}
