namespace FractalTrader.Runtime;

/// <summary>An actor API was used where it cannot be, such as stashing the same message twice.</summary>
public sealed class IllegalActorStateException : InvalidOperationException
{
    /// <summary>Creates the error.</summary>
    public IllegalActorStateException(string message)
        : base(message)
    {
    }
}
