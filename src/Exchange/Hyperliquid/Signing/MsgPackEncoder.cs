// Written by hand: no msgpack package can be restored from this machine's feed, and signing needs
// exactly the subset Python's msgpack.packb emits (spec §6), not a general serializer.
using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// Encodes an action (a JSON tree whose objects keep insertion order) the way Python's
/// <c>msgpack.packb</c> does with default options: smallest encodings, non-negative integers in
/// the unsigned family, str8 for strings of 32..255 bytes, float64 for non-integers.
/// Stateless and thread-safe.
/// </summary>
public static class MsgPackEncoder
{
    /// <summary>Encodes <paramref name="value"/> to msgpack bytes.</summary>
    /// <exception cref="ArgumentException">A number is outside [−2⁶³, 2⁶⁴−1].</exception>
    public static byte[] Encode(JsonNode? value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends the msgpack encoding of <paramref name="value"/> to <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (value)
        {
            case null:
                WriteByte(output, 0xc0);
                break;
            case JsonObject map:
                WriteHeader(output, map.Count, 0x80, 15, 0xde, 0xdf);
                foreach (var (key, item) in map)
                {
                    WriteString(output, key);
                    Write(output, item);
                }

                break;
            case JsonArray array:
                WriteHeader(output, array.Count, 0x90, 15, 0xdc, 0xdd);
                foreach (var item in array)
                {
                    Write(output, item);
                }

                break;
            case JsonValue scalar:
                WriteScalar(output, scalar);
                break;
            default:
                throw new ArgumentException($"Cannot msgpack a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>Writes a signed integer in the smallest msgpack form (unsigned family when ≥ 0).</summary>
    public static void WriteInteger(IBufferWriter<byte> output, long value)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (value >= 0)
        {
            WriteUnsigned(output, (ulong)value);
        }
        else if (value >= -32)
        {
            WriteByte(output, unchecked((byte)(sbyte)value));
        }
        else if (value >= sbyte.MinValue)
        {
            var span = output.GetSpan(2);
            span[0] = 0xd0;
            span[1] = unchecked((byte)(sbyte)value);
            output.Advance(2);
        }
        else if (value >= short.MinValue)
        {
            var span = output.GetSpan(3);
            span[0] = 0xd1;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            output.Advance(3);
        }
        else if (value >= int.MinValue)
        {
            var span = output.GetSpan(5);
            span[0] = 0xd2;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            output.Advance(5);
        }
        else
        {
            var span = output.GetSpan(9);
            span[0] = 0xd3;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            output.Advance(9);
        }
    }

    /// <summary>Writes a non-negative integer in the smallest unsigned msgpack form.</summary>
    public static void WriteUnsigned(IBufferWriter<byte> output, ulong value)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (value <= 0x7f)
        {
            WriteByte(output, (byte)value);
        }
        else if (value <= byte.MaxValue)
        {
            var span = output.GetSpan(2);
            span[0] = 0xcc;
            span[1] = (byte)value;
            output.Advance(2);
        }
        else if (value <= ushort.MaxValue)
        {
            var span = output.GetSpan(3);
            span[0] = 0xcd;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)value);
            output.Advance(3);
        }
        else if (value <= uint.MaxValue)
        {
            var span = output.GetSpan(5);
            span[0] = 0xce;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)value);
            output.Advance(5);
        }
        else
        {
            var span = output.GetSpan(9);
            span[0] = 0xcf;
            BinaryPrimitives.WriteUInt64BigEndian(span[1..], value);
            output.Advance(9);
        }
    }

    /// <summary>Writes a UTF-8 string: fixstr, str8, str16 or str32 by byte length.</summary>
    public static void WriteString(IBufferWriter<byte> output, string value)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        var length = Encoding.UTF8.GetByteCount(value);
        if (length <= 31)
        {
            WriteByte(output, (byte)(0xa0 | length));
        }
        else if (length <= byte.MaxValue)
        {
            var span = output.GetSpan(2);
            span[0] = 0xd9;
            span[1] = (byte)length;
            output.Advance(2);
        }
        else if (length <= ushort.MaxValue)
        {
            var span = output.GetSpan(3);
            span[0] = 0xda;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)length);
            output.Advance(3);
        }
        else
        {
            var span = output.GetSpan(5);
            span[0] = 0xdb;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)length);
            output.Advance(5);
        }

        var written = Encoding.UTF8.GetBytes(value, output.GetSpan(length));
        output.Advance(written);
    }

    private static void WriteScalar(IBufferWriter<byte> output, JsonValue scalar)
    {
        switch (scalar.GetValueKind())
        {
            case JsonValueKind.Null:
                WriteByte(output, 0xc0);
                break;
            case JsonValueKind.True:
                WriteByte(output, 0xc3);
                break;
            case JsonValueKind.False:
                WriteByte(output, 0xc2);
                break;
            case JsonValueKind.String:
                WriteString(output, scalar.GetValue<string>());
                break;
            case JsonValueKind.Number:
                WriteNumber(output, scalar);
                break;
            default:
                throw new ArgumentException($"Cannot msgpack the JSON value {scalar.ToJsonString()}.", nameof(scalar));
        }
    }

    private static void WriteNumber(IBufferWriter<byte> output, JsonValue number)
    {
        if (number.TryGetValue<long>(out var signed))
        {
            WriteInteger(output, signed);
        }
        else if (number.TryGetValue<int>(out var small))
        {
            WriteInteger(output, small);
        }
        else if (number.TryGetValue<ulong>(out var unsigned))
        {
            WriteUnsigned(output, unsigned);
        }
        else if (number.TryGetValue<double>(out var real))
        {
            // Parsed JSON gets here only when written with a point or exponent (Python's float),
            // or as an integer too large for msgpack, which Python refuses too.
            if (number.TryGetValue<JsonElement>(out var element) && element.GetRawText().AsSpan().IndexOfAny(".eE") < 0)
            {
                throw new ArgumentException($"The integer {element.GetRawText()} does not fit msgpack (Python raises OverflowError).", nameof(number));
            }

            var span = output.GetSpan(9);
            span[0] = 0xcb;
            BinaryPrimitives.WriteDoubleBigEndian(span[1..], real);
            output.Advance(9);
        }
        else
        {
            throw new ArgumentException($"Cannot msgpack the number {number.ToJsonString()}.", nameof(number));
        }
    }

    private static void WriteHeader(IBufferWriter<byte> output, int count, byte fixBase, int fixMax, byte code16, byte code32)
    {
        if (count <= fixMax)
        {
            WriteByte(output, (byte)(fixBase | count));
        }
        else if (count <= ushort.MaxValue)
        {
            var span = output.GetSpan(3);
            span[0] = code16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)count);
            output.Advance(3);
        }
        else
        {
            var span = output.GetSpan(5);
            span[0] = code32;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)count);
            output.Advance(5);
        }
    }

    private static void WriteByte(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}
