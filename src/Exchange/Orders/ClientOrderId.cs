using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace FractalTrader.Exchange.Orders;

/// <summary>
/// A 128-bit client order id (Hyperliquid's <c>cloid</c>: <c>0x</c> + 32 lowercase hex digits).
/// Derived from the signal id, so a retry or a replay after a crash names the same order.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Value">The 128-bit value.</param>
public readonly record struct ClientOrderId(UInt128 Value)
{
    /// <summary>Derives the id from a signal id: the first 16 bytes of SHA-256 of its UTF-8 text.</summary>
    public static ClientOrderId FromSignal(string signalId)
    {
        ArgumentException.ThrowIfNullOrEmpty(signalId);

        // BouncyCastle's managed SHA-256, not SHA256.HashData: on Linux that goes through OpenSSL 3,
        // whose per-call set-up costs ~25 us when called once per order (cold), an eighth of the
        // 200 us tick-to-order budget; the managed digest costs a few microseconds. Same bytes.
        var text = Encoding.UTF8.GetBytes(signalId);
        var digest = new Sha256Digest();
        digest.BlockUpdate(text, 0, text.Length);
        var hash = new byte[digest.GetDigestSize()];
        digest.DoFinal(hash, 0);
        return new ClientOrderId(System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(hash));
    }

    /// <summary>Parses <c>0x</c> + exactly 32 hex digits.</summary>
    /// <exception cref="FormatException">Not a cloid; the message quotes it.</exception>
    public static ClientOrderId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a client order id (0x followed by 32 hex digits).");

    /// <summary>Parses a cloid, returning false when the text is not one.</summary>
    public static bool TryParse(string? text, out ClientOrderId id)
    {
        id = default;
        if (text is null || text.Length != 34 || !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            || !UInt128.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        id = new ClientOrderId(value);
        return true;
    }

    /// <summary>The wire form: <c>0x</c> + 32 lowercase hex digits, zero-padded.</summary>
    public override string ToString() => "0x" + Value.ToString("x32", CultureInfo.InvariantCulture);
}
