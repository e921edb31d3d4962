namespace FractalTrader.Runtime;

/// <summary>Where an actor is in its life, as shown by <see cref="ActorSystem.Describe"/>.</summary>
public enum ActorState
{
    /// <summary>Created; its constructor and <c>PreStart</c> have not run yet.</summary>
    Starting,

    /// <summary>Processing messages.</summary>
    Running,

    /// <summary>An asynchronous handler is in flight; the mailbox is held until it completes.</summary>
    Awaiting,

    /// <summary>Failed; waiting for its supervisor's decision.</summary>
    Suspended,

    /// <summary>Restarting: waiting for the children it stopped.</summary>
    Restarting,

    /// <summary>Stopping: waiting for its children before <c>PostStop</c>.</summary>
    Stopping,

    /// <summary>Stopped; its parent has not yet forgotten it.</summary>
    Stopped,
}
