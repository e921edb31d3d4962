namespace FractalTrader.Runtime;

/// <summary>An actor name is invalid or already taken by a sibling.</summary>
public sealed class InvalidActorNameException : ArgumentException
{
    /// <summary>Creates the error; the message names the name and why it was refused.</summary>
    public InvalidActorNameException(string actorName, string reason)
        : base($"Invalid actor name '{actorName}': {reason}.")
    {
        ActorName = actorName;
    }

    /// <summary>The name that was refused.</summary>
    public string ActorName { get; }
}
