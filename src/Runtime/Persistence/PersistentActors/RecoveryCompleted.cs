namespace FractalTrader.Runtime;

/// <summary>
/// Delivered to the recovery handlers (<c>Recover&lt;RecoveryCompleted&gt;</c>) once the snapshot and
/// every event after it have been replayed, before the first command. Immutable singleton.
/// </summary>
public sealed class RecoveryCompleted
{
    private RecoveryCompleted()
    {
    }

    /// <summary>The only instance.</summary>
    public static RecoveryCompleted Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => nameof(RecoveryCompleted);
}
