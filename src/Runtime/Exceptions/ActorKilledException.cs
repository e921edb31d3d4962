namespace FractalTrader.Runtime;

/// <summary>The failure an actor suffers when it processes <see cref="Kill"/>; the default decider stops it.</summary>
public sealed class ActorKilledException : Exception
{
    /// <summary>Creates the error.</summary>
    public ActorKilledException(string message)
        : base(message)
    {
    }
}
