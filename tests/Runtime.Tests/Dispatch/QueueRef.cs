using System.Collections.Concurrent;

namespace FractalTrader.Runtime.Tests.Dispatch;

/// <summary>A reference that records what is sent to it, synchronously; stands in for a probe when turns run by hand.</summary>
internal sealed class QueueRef(ConcurrentQueue<object> received) : IActorRef
{
    public ActorPath Path { get; } = ActorPath.Root / "queue";

    public void Tell(object message, IActorRef? sender) => received.Enqueue(message);
}
