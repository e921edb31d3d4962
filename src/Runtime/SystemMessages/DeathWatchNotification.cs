namespace FractalTrader.Runtime;

/// <summary>Tells a watcher (and always the parent) that <paramref name="actor"/> terminated.</summary>
internal sealed class DeathWatchNotification(IActorRef actor, bool existenceConfirmed = true) : SystemMessage
{
    public IActorRef Actor { get; } = actor;

    public bool ExistenceConfirmed { get; } = existenceConfirmed;
}
