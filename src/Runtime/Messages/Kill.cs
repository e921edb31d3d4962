namespace FractalTrader.Runtime;

/// <summary>
/// Makes the receiver fail with <see cref="ActorKilledException"/> when it processes this
/// message; its supervisor decides what follows (the default decider stops it). Immutable singleton.
/// </summary>
public sealed class Kill : IAutoReceivedMessage
{
    private Kill()
    {
    }

    /// <summary>The only instance.</summary>
    public static Kill Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "Kill";
}
