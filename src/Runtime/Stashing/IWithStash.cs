namespace FractalTrader.Runtime;

/// <summary>
/// An actor with a stash; the runtime sets <see cref="Stash"/> before the constructor body runs.
/// Stashed messages survive a restart: they are put back in front of the mailbox, in order.
/// On stop they go to dead letters.
/// </summary>
public interface IWithStash
{
    /// <summary>The actor's stash; set by the runtime.</summary>
    IStash Stash { get; set; }
}
