using System.Globalization;
using System.Text.Json.Nodes;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Hyperliquid.Wire;
using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Tests.Hyperliquid.Wire;

public sealed class WireVectorTests
{
    public static TheoryData<string> FloatToWire => OracleVectors.Ids("float_to_wire");

    public static TheoryData<string> FloatToInt => OracleVectors.Ids("float_to_int_for_hashing");

    public static TheoryData<string> Slippage => OracleVectors.Ids("market_order_slippage_price");

    public static TheoryData<string> Cloids => OracleVectors.Ids("cloid_from_int");

    public static TheoryData<string> OrderTypes => OracleVectors.Ids("order_type_to_wire");

    public static TheoryData<string> OrderWires => OracleVectors.Ids("order_wire");

    [Theory]
    [MemberData(nameof(FloatToWire))]
    public void Float_to_wire_matches_the_sdk(string id)
    {
        var v = OracleVectors.Get(id);
        var input = v["input"]!.GetValue<double>();

        if (v["raises"]!.GetValue<bool>())
        {
            FluentActions.Invoking(() => WireNumber.Format(input)).Should().Throw<ArgumentException>().WithMessage("*float_to_wire causes rounding*");
        }
        else
        {
            WireNumber.Format(input).Should().Be(v["expected"]!.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(FloatToInt))]
    public void Float_to_int_for_hashing_matches_the_sdk(string id)
    {
        var v = OracleVectors.Get(id);
        var input = Decimal(v["input"]!);
        var power = v["power"]!.GetValue<int>();

        if (v["raises"]!.GetValue<bool>())
        {
            FluentActions.Invoking(() => WireNumber.ToScaledInteger(input, power)).Should().Throw<ArgumentException>();
        }
        else
        {
            WireNumber.ToScaledInteger(input, power).ToString(CultureInfo.InvariantCulture)
                .Should().Be(v["expected_decimal_string"]!.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(Slippage))]
    public void Slippage_price_matches_the_sdk(string id)
    {
        var v = OracleVectors.Get(id);
        var input = v["input"]!;

        var price = SlippagePrice.Compute(
            decimal.Parse(input["mid_px"]!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            input["is_buy"]!.GetValue<bool>(),
            decimal.Parse(input["slippage"]!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            input["sz_decimals"]!.GetValue<int>(),
            input["is_spot"]!.GetValue<bool>());

        ((double)price).Should().Be(v["expected"]!.GetValue<double>());
        WireNumber.Format(price).Should().Be(v["expected_wire"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Cloids))]
    public void Cloid_from_integer_matches_the_sdk(string id)
    {
        var v = OracleVectors.Get(id);

        var cloid = new ClientOrderId(UInt128.Parse(v["input_decimal_string"]!.GetValue<string>(), CultureInfo.InvariantCulture));

        cloid.ToString().Should().Be(v["expected"]!.GetValue<string>());
        ClientOrderId.Parse(cloid.ToString()).Should().Be(cloid);
    }

    [Theory]
    [MemberData(nameof(OrderTypes))]
    public void Order_type_wire_matches_the_sdk(string id)
    {
        var v = OracleVectors.Get(id);

        var wire = OrderType(v["input"]!.AsObject());

        JsonNode.DeepEquals(wire, v["expected"]).Should().BeTrue(wire.ToJsonString());
        Convert.ToHexStringLower(MsgPackEncoder.Encode(wire)).Should().Be(v["expected_msgpack_hex"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(OrderWires))]
    public void Order_wire_matches_the_sdk(string id)
    {
        var v = OracleVectors.Get(id);
        var request = v["input"]!["order_request"]!;
        var cloid = request["cloid"] is JsonNode c ? ClientOrderId.Parse(c.GetValue<string>()) : (ClientOrderId?)null;

        var wire = OrderWire.Build(
            v["input"]!["asset"]!.GetValue<int>(),
            request["is_buy"]!.GetValue<bool>(),
            Decimal(request["limit_px"]!),
            Decimal(request["sz"]!),
            request["reduce_only"]!.GetValue<bool>(),
            OrderType(request["order_type"]!.AsObject()),
            cloid);

        JsonNode.DeepEquals(wire, v["expected"]).Should().BeTrue(wire.ToJsonString());
        Convert.ToHexStringLower(MsgPackEncoder.Encode(wire)).Should().Be(v["expected_msgpack_hex"]!.GetValue<string>());
    }

    private static JsonObject OrderType(JsonObject input)
    {
        if (input["limit"] is JsonNode limit)
        {
            var tif = limit["tif"]!.GetValue<string>() switch
            {
                "Ioc" => TimeInForce.ImmediateOrCancel,
                "Alo" => TimeInForce.PostOnly,
                _ => TimeInForce.GoodTilCancel,
            };
            return OrderWire.LimitType(tif);
        }

        var trigger = input["trigger"]!;
        return OrderWire.TriggerType(
            trigger["isMarket"]!.GetValue<bool>(), Decimal(trigger["triggerPx"]!), string.Equals(trigger["tpsl"]!.GetValue<string>(), "tp", StringComparison.Ordinal));
    }

    private static decimal Decimal(JsonNode number) =>
        decimal.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
