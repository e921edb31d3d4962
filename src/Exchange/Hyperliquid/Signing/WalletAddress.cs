namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// A 20-byte Ethereum-style account address. Compares by value, prints lowercase
/// (<c>0x14791697…</c>), as Hyperliquid expects inside actions. Immutable and thread-safe.
/// </summary>
public sealed class WalletAddress : IEquatable<WalletAddress>
{
    private readonly byte[] bytes;

    private WalletAddress(byte[] bytes)
    {
        this.bytes = bytes;
        Text = Hex.Format(bytes);
    }

    /// <summary>The all-zero address (EIP-712 <c>verifyingContract</c> of Hyperliquid's domains).</summary>
    public static WalletAddress Zero { get; } = new(new byte[20]);

    /// <summary>The lowercase <c>0x</c> form.</summary>
    public string Text { get; }

    /// <summary>The 20 address bytes.</summary>
    public ReadOnlySpan<byte> Bytes => bytes;

    /// <summary>Parses <c>0x</c> + 40 hex digits in any letter case.</summary>
    /// <exception cref="FormatException">Not an address; the message quotes the text.</exception>
    public static WalletAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var address))
        {
            throw new FormatException($"'{text}' is not an address (0x followed by 40 hex digits).");
        }

        return address;
    }

    /// <summary>Parses an address, returning false when the text is not one.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WalletAddress? address)
    {
        address = null;
        if (text is null || text.Length != 42 || !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(2).ContainsAnyExcept(HexDigits.Values))
        {
            return false;
        }

        address = new WalletAddress(Convert.FromHexString(text.AsSpan(2)));
        return true;
    }

    /// <summary>Builds the address from its 20 bytes.</summary>
    public static WalletAddress FromBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length != 20)
        {
            throw new ArgumentException($"An address has 20 bytes, not {value.Length}.", nameof(value));
        }

        return new WalletAddress(value.ToArray());
    }

    /// <summary>The EIP-55 mixed-case checksum form.</summary>
    public string ToChecksumString()
    {
        var lower = Text[2..];
        var hash = Keccak256.Hash(lower);
        var chars = new char[40];
        for (var i = 0; i < 40; i++)
        {
            var nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            chars[i] = nibble >= 8 ? char.ToUpperInvariant(lower[i]) : lower[i];
        }

        return "0x" + new string(chars);
    }

    /// <inheritdoc />
    public bool Equals(WalletAddress? other) => other is not null && bytes.AsSpan().SequenceEqual(other.bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WalletAddress);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc />
    public override string ToString() => Text;
}
