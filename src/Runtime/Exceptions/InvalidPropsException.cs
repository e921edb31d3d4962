namespace FractalTrader.Runtime;

/// <summary>Props that cannot create an actor (not an actor type, abstract, no matching constructor, unknown mailbox); raised by <c>ActorOf</c>.</summary>
public sealed class InvalidPropsException : ArgumentException
{
    /// <summary>Creates the error; the message names the actor type and why.</summary>
    public InvalidPropsException(Type actorType, string reason)
        : base($"Props for '{actorType?.FullName}' cannot create an actor: {reason}.")
    {
        ArgumentNullException.ThrowIfNull(actorType);
        ActorType = actorType;
    }

    /// <summary>The actor type the props name.</summary>
    public Type ActorType { get; }
}
