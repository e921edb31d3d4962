// Written by hand: the EIP-712 implementation we would use (Nethereum) cannot be restored here.
// Only flat structs are needed (no struct references), so this is the whole of the encoding.
using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// EIP-712 typed-data hashing for flat structs: type strings, hashStruct over only the typed
/// fields of a message (extra keys are ignored, as the SDK relies on), and the final digest.
/// Stateless and thread-safe.
/// </summary>
public static class Eip712
{
    /// <summary><c>Name(type1 name1,type2 name2,…)</c>.</summary>
    public static string TypeString(string primaryType, IReadOnlyList<Eip712Field> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return $"{primaryType}({string.Join(',', fields.Select(f => $"{f.Type} {f.Name}"))})";
    }

    /// <summary>keccak256(typeHash ‖ enc(field₁) ‖ …) over <paramref name="message"/>'s typed fields.</summary>
    /// <exception cref="FormatException">A typed field is missing or has the wrong shape; the message names it.</exception>
    public static byte[] HashStruct(string primaryType, IReadOnlyList<Eip712Field> fields, JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(message);
        var encoded = new byte[32 * (fields.Count + 1)];
        Keccak256.Hash(TypeString(primaryType, fields)).CopyTo(encoded, 0);
        for (var i = 0; i < fields.Count; i++)
        {
            EncodeField(fields[i], message[fields[i].Name]).CopyTo(encoded, 32 * (i + 1));
        }

        return Keccak256.Hash(encoded);
    }

    /// <summary>keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ structHash).</summary>
    public static byte[] Digest(ReadOnlySpan<byte> domainSeparator, ReadOnlySpan<byte> structHash)
    {
        Span<byte> data = stackalloc byte[66];
        data[0] = 0x19;
        data[1] = 0x01;
        domainSeparator.CopyTo(data[2..]);
        structHash.CopyTo(data[34..]);
        return Keccak256.Hash(data);
    }

    /// <summary>A uint as a 32-byte big-endian word.</summary>
    public static byte[] EncodeUnsigned(ulong value)
    {
        var word = new byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(word.AsSpan(24), value);
        return word;
    }

    private static ulong ReadUnsigned(JsonNode value)
    {
        if (value.GetValueKind() == JsonValueKind.String)
        {
            return ulong.TryParse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new OverflowException();
        }

        var scalar = value.AsValue();
        if (scalar.TryGetValue<ulong>(out var unsigned))
        {
            return unsigned;
        }

        return scalar.TryGetValue<long>(out var signed) && signed >= 0
            ? (ulong)signed
            : scalar.TryGetValue<int>(out var small) && small >= 0 ? (ulong)small : throw new OverflowException();
    }

    private static byte[] EncodeField(Eip712Field field, JsonNode? value)
    {
        if (value is null)
        {
            throw new FormatException($"EIP-712 field '{field.Name}' ({field.Type}) is missing from the message.");
        }

        try
        {
            switch (field.Type)
            {
                case "string":
                    return Keccak256.Hash(value.GetValue<string>());
                case "bytes32":
                    var bytes = Hex.Parse(value.GetValue<string>(), $"EIP-712 field '{field.Name}'");
                    return bytes.Length == 32 ? bytes : throw new FormatException($"EIP-712 field '{field.Name}' must be 32 bytes.");
                case "address":
                    var word = new byte[32];
                    WalletAddress.Parse(value.GetValue<string>()).Bytes.CopyTo(word.AsSpan(12));
                    return word;
                case "bool":
                    return EncodeUnsigned(value.GetValue<bool>() ? 1UL : 0UL);
                case "uint64":
                case "uint256":
                    return EncodeUnsigned(ReadUnsigned(value));
                default:
                    throw new FormatException($"EIP-712 type '{field.Type}' of field '{field.Name}' is not supported.");
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OverflowException)
        {
            throw new FormatException($"EIP-712 field '{field.Name}' is not a valid {field.Type}.", e);
        }
    }
}
