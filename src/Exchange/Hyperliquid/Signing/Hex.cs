namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>Lowercase <c>0x</c> hex, the form Hyperliquid and Ethereum tools print. Stateless.</summary>
public static class Hex
{
    /// <summary>Formats bytes as <c>0x</c> followed by lowercase hex.</summary>
    public static string Format(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>Parses hex with or without <c>0x</c>, in either case.</summary>
    /// <param name="text">The hex text.</param>
    /// <param name="what">Names the input in the error message.</param>
    /// <exception cref="FormatException">Not hex; the message names <paramref name="what"/>.</exception>
    public static byte[] Parse(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        if (digits.Length % 2 != 0 || digits.AsSpan().ContainsAnyExcept(HexDigits.Values))
        {
            throw new FormatException($"{what} is not an even-length hex string.");
        }

        return Convert.FromHexString(digits);
    }
}
