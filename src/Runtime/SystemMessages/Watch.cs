namespace FractalTrader.Runtime;

/// <summary>Registers <paramref name="watcher"/> to be told when <paramref name="watchee"/> terminates.</summary>
internal sealed class Watch(IInternalActorRef watchee, IInternalActorRef watcher) : SystemMessage
{
    public IInternalActorRef Watchee { get; } = watchee;

    public IInternalActorRef Watcher { get; } = watcher;
}
