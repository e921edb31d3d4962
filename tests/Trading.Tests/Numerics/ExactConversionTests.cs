using System.Globalization;
using FractalTrader.Trading.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.Numerics;

public sealed class ExactConversionTests
{
    [Fact]
    public void Decimal_to_double_equals_parsing_the_decimals_text()
    {
        var decimals =
            from mantissa in Gen.Choose(int.MinValue, int.MaxValue).Two()
            from scale in Gen.Choose(0, 28)
            select new decimal(mantissa.Item1, mantissa.Item2, scale % 3 == 0 ? 7 : 0, mantissa.Item1 < 0, (byte)scale);

        Prop.ForAll(decimals.ToArbitrary(), d =>
            ExactDouble.From(d).Equals(double.Parse(d.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)))
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("50996.809999999998")]
    [InlineData("0.1")]
    [InlineData("99.900000000000006")]
    [InlineData("1371.9784999999999")]
    public void The_oracles_seventeen_digit_texts_convert_exactly(string text)
    {
        var expected = double.Parse(text, CultureInfo.InvariantCulture);

        ExactDouble.From(decimal.Parse(text, CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    [Fact]
    public void Double_to_decimal_is_the_shortest_round_trip_text_and_converts_back()
    {
        var doubles =
            from bits in Gen.Choose(int.MinValue, int.MaxValue).Two()
            select BitConverter.Int64BitsToDouble(((long)bits.Item1 << 32) | (uint)bits.Item2);
        var prices =
            from cents in Gen.Choose(1, int.MaxValue)
            from factor in Gen.Elements(0.999, 1.001, 1.0, 2.0, 0.5)
            select cents / 100.0 * factor;

        Prop.ForAll(doubles.ToArbitrary(), prices.ToArbitrary(), (random, price) =>
        {
            foreach (var value in new[] { random, price })
            {
                var text = value.ToString("R", CultureInfo.InvariantCulture);
                var representable = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var shortest)
                    && double.Parse(shortest.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) == value;
                if (ExactDecimal.TryFrom(value, out var converted) != representable)
                {
                    return false;
                }

                if (representable && (converted != shortest || ExactDouble.From(converted) != value))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000));
    }
}
