namespace FractalTrader.Runtime;

/// <summary><c>Tell(message)</c> with an implicit sender and <c>Forward</c>, as in Akka.NET.</summary>
public static class ActorRefImplicitSenderExtensions
{
    /// <summary>
    /// Sends <paramref name="message"/> from the current actor (<c>Self</c>) when called inside one,
    /// otherwise with no sender (the test kit's test actor inside a test).
    /// </summary>
    public static void Tell(this ICanTell receiver, object message)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        receiver.Tell(message, ImplicitSender.Current);
    }

    /// <summary>Sends <paramref name="message"/> keeping the current message's sender, so the receiver replies to the original sender.</summary>
    public static void Forward(this ICanTell receiver, object message)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        receiver.Tell(message, ActorCell.Current?.CurrentSender);
    }
}
