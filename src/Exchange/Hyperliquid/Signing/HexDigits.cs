using System.Buffers;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>The hex digit set, for fast validation of keys and addresses.</summary>
internal static class HexDigits
{
    /// <summary>0-9, a-f, A-F.</summary>
    public static readonly SearchValues<char> Values = SearchValues.Create("0123456789abcdefABCDEF");
}
