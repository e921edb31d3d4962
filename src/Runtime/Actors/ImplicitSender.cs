namespace FractalTrader.Runtime;

/// <summary>
/// Who a message sent with <c>Tell(message)</c> (no sender given) comes from: the actor whose turn
/// runs on this thread, else the ambient sender of the current async flow (the test kit sets its
/// test actor there), else no sender.
/// </summary>
internal static class ImplicitSender
{
    private static readonly AsyncLocal<IActorRef?> Ambient = new();

    public static IActorRef? Current => ActorCell.Current?.Self ?? Ambient.Value;

    /// <summary>Sets the sender for <c>Tell(message)</c> calls made outside actors in this async flow.</summary>
    public static void SetAmbient(IActorRef? sender) => Ambient.Value = sender;
}
