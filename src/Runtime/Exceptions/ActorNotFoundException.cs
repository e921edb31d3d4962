namespace FractalTrader.Runtime;

/// <summary>No actor lives at the path an <see cref="ActorSelection"/> was resolved against.</summary>
public sealed class ActorNotFoundException : Exception
{
    /// <summary>Creates the error naming the path.</summary>
    public ActorNotFoundException(string path)
        : base($"No actor lives at '{path}'.")
    {
        ActorPath = path;
    }

    /// <summary>The path that was looked up.</summary>
    public string ActorPath { get; }
}
