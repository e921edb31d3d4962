namespace FractalTrader.Runtime;

/// <summary>
/// The synchronization context an asynchronous handler runs under: <c>await</c> continuations
/// are posted back to the actor as system messages, so they run in its turn, one at a time,
/// with <c>Self</c> and <c>Sender</c> still right. Code that opts out with
/// <c>ConfigureAwait(false)</c> still cannot interleave with other messages (the mailbox is held)
/// but loses the implicit sender.
/// </summary>
internal sealed class ActorSynchronizationContext(ActorCell cell) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) => cell.SendSystemMessage(new RunContinuation(d, state));

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;
}
