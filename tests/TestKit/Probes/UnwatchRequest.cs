using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>Asks a test actor to stop watching <paramref name="Subject"/>; answered with <see cref="WatchRequest.Done"/>.</summary>
internal sealed record UnwatchRequest(IActorRef Subject);
