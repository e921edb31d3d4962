using FractalTrader.Exchange.Hyperliquid.Signing;

namespace FractalTrader.Exchange.Tests.Hyperliquid.Signing;

public sealed class MsgPackEncoderVectorTests
{
    public static TheoryData<string> Cases => OracleVectors.Ids("msgpack_encoding");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encodes_like_python_msgpack(string id)
    {
        var vector = OracleVectors.Get(id);

        var bytes = MsgPackEncoder.Encode(vector["input"]);

        Convert.ToHexStringLower(bytes).Should().Be(vector["expected_hex"]!.GetValue<string>(), id);
    }

    [Fact]
    public void Covers_all_36_primitive_vectors() => Cases.Should().HaveCount(36);
}
