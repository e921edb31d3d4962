namespace FractalTrader.Runtime;

/// <summary>Withdraws a <see cref="Watch"/>.</summary>
internal sealed class Unwatch(IInternalActorRef watchee, IInternalActorRef watcher) : SystemMessage
{
    public IInternalActorRef Watchee { get; } = watchee;

    public IInternalActorRef Watcher { get; } = watcher;
}
