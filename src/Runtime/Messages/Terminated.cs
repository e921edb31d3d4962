namespace FractalTrader.Runtime;

/// <summary>
/// Tells a watcher that a watched actor has stopped (see <c>Context.Watch</c>). An actor that
/// does not handle it fails with <see cref="DeathPactException"/>. Immutable.
/// </summary>
/// <param name="ActorRef">The actor that stopped.</param>
/// <param name="ExistenceConfirmed">Whether the actor was known to exist (false when it was already gone when watched).</param>
/// <param name="AddressTerminated">Whether the actor's node went away (always false in one process).</param>
public sealed record Terminated(IActorRef ActorRef, bool ExistenceConfirmed = true, bool AddressTerminated = false)
    : IAutoReceivedMessage, IDeadLetterSuppression;
