namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>The signing key could not be loaded; the message names where from, never the key.</summary>
public sealed class KeySourceException : Exception
{
    /// <summary>Creates the error.</summary>
    public KeySourceException(string message)
        : base(message)
    {
    }
}
