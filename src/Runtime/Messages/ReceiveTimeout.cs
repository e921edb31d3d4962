namespace FractalTrader.Runtime;

/// <summary>
/// Sent to an actor that set <c>Context.SetReceiveTimeout</c> and received nothing for that long;
/// sent again after each further idle period until the timeout is cleared. Immutable singleton.
/// </summary>
public sealed class ReceiveTimeout
{
    private ReceiveTimeout()
    {
    }

    /// <summary>The only instance.</summary>
    public static ReceiveTimeout Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "ReceiveTimeout";
}
