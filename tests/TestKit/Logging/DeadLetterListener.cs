using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>Subscribed to the event stream for <see cref="AllDeadLetters"/>; records each into the capture as it is published.</summary>
internal sealed class DeadLetterListener(LogCapture capture) : IActorRef
{
    public ActorPath Path { get; } = ActorPath.Root / "system" / "testKitDeadLetterListener";

    public void Tell(object message, IActorRef? sender)
    {
        if (message is AllDeadLetters letter)
        {
            capture.Add(letter);
        }
    }

    public override string ToString() => $"[{Path}]";
}
