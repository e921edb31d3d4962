using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>Asks a test actor to watch <paramref name="Subject"/>; answered with <see cref="Done"/>.</summary>
internal sealed record WatchRequest(IActorRef Subject)
{
    public static readonly object Done = new();
}
