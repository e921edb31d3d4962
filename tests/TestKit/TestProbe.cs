using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>
/// A stand-in actor a test controls (Akka.TestKit's <c>TestProbe</c>): pass <see cref="Ref"/> where an
/// actor is expected, then expect what it receives, reply, or forward.
/// </summary>
public sealed class TestProbe : TestKitBase
{
    internal TestProbe(ActorSystem system, string name)
        : base(system, name)
    {
    }

    /// <summary>The probe's actor.</summary>
    public IActorRef Ref => TestActor;

    /// <summary>Sends <paramref name="message"/> to <paramref name="actor"/> with the probe as sender.</summary>
    public void Send(IActorRef actor, object message)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Tell(message, Ref);
    }

    /// <summary>Answers the sender of the last received message, as the probe.</summary>
    public void Reply(object message) => LastSender.Tell(message, Ref);

    /// <summary>Passes the last received message on to <paramref name="actor"/>, keeping its sender.</summary>
    public void Forward(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Tell(LastMessage ?? throw new InvalidOperationException("The probe has received nothing to forward."), LastSender);
    }

    /// <inheritdoc />
    public override string ToString() => $"TestProbe[{Ref.Path}]";
}
