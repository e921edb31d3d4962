namespace FractalTrader.Runtime;

/// <summary>The sentinel a terminated actor leaves in its system-message list: nothing more is queued behind it.</summary>
internal sealed class ClosedSystemQueue : SystemMessage
{
    private ClosedSystemQueue()
    {
    }

    public static ClosedSystemQueue Instance { get; } = new();
}
