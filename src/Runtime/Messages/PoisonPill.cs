namespace FractalTrader.Runtime;

/// <summary>
/// Stops the receiver once it processes this message: messages queued before it are handled,
/// messages after it go to dead letters, <c>PostStop</c> runs. Immutable singleton.
/// </summary>
public sealed class PoisonPill : IAutoReceivedMessage
{
    private PoisonPill()
    {
    }

    /// <summary>The only instance.</summary>
    public static PoisonPill Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "PoisonPill";
}
