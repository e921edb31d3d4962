using FractalTrader.Exchange.Hyperliquid.Wire;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.Simulated;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Exchange.Tests.Instruments;

/// <summary>Tick/lot properties checked for every instrument of the venue's meta universe.</summary>
public sealed class OrderRoundingPropertyTests
{
    public static TheoryData<string> Universe
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var (instrument, _) in SimulatedUniverse.Default)
            {
                data.Add(instrument.Symbol);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Universe))]
    public void Rounded_prices_are_valid_idempotent_and_bracket_the_input(string symbol)
    {
        var rounding = Rounding(symbol);
        Prop.ForAll(Prices(rounding).ToArbitrary(), price =>
        {
            var nearest = rounding.RoundPrice(price);
            var down = rounding.RoundPrice(price, PriceRounding.Down);
            var up = rounding.RoundPrice(price, PriceRounding.Up);
            return rounding.IsValidPrice(nearest) && rounding.IsValidPrice(down) && rounding.IsValidPrice(up)
                && rounding.RoundPrice(nearest) == nearest
                && down <= price && price <= up && down <= nearest && nearest <= up
                && Math.Abs(nearest - price) <= price * 0.0001m;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [MemberData(nameof(Universe))]
    public void Valid_prices_are_left_alone_and_their_wire_form_round_trips(string symbol)
    {
        var rounding = Rounding(symbol);
        Prop.ForAll(Prices(rounding).ToArbitrary(), price =>
        {
            var valid = rounding.RoundPrice(price);
            var wire = WireNumber.Format(valid);
            return rounding.RoundPrice(valid, PriceRounding.Down) == valid
                && rounding.RoundPrice(valid, PriceRounding.Up) == valid
                && decimal.Parse(wire, System.Globalization.CultureInfo.InvariantCulture) == valid
                && !(wire.Contains('.', StringComparison.Ordinal) && wire.EndsWith('0'));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [MemberData(nameof(Universe))]
    public void Rounded_sizes_are_on_the_lot_and_never_grow(string symbol)
    {
        var rounding = Rounding(symbol);
        Prop.ForAll(Sizes().ToArbitrary(), size =>
        {
            var rounded = rounding.RoundSize(size);
            return rounded <= size && size - rounded < rounding.SizeStep && (rounded == 0 || rounding.IsValidSize(rounded));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("1234.5", 4, false, true)]
    [InlineData("1234.56", 4, false, false)]
    [InlineData("0.001234", 0, false, true)]
    [InlineData("0.0012345", 0, false, false)]
    [InlineData("123456", 5, false, true)]
    [InlineData("0.0001234", 1, true, true)]
    [InlineData("0.0001234", 3, true, false)]
    public void Spec_examples_of_valid_and_invalid_prices(string price, int szDecimals, bool isSpot, bool valid) =>
        new OrderRounding(szDecimals, isSpot, 10m).IsValidPrice(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(valid);

    [Fact]
    public void Minimum_order_value_is_ten()
    {
        var rounding = new OrderRounding(4, false, 10m);

        rounding.MeetsMinimumValue(2000m, 0.005m).Should().BeTrue();
        rounding.MeetsMinimumValue(2000m, 0.0049m).Should().BeFalse();
    }

    private static OrderRounding Rounding(string symbol) =>
        SimulatedUniverse.Default.Single(u => string.Equals(u.Instrument.Symbol, symbol, StringComparison.Ordinal)).Instrument.Rounding;

    /// <summary>Prices with enough decimals to hold 5 significant figures for this instrument, up to 10⁷.</summary>
    private static Gen<decimal> Prices(OrderRounding rounding)
    {
        var lowest = Pow10(4 - rounding.MaxPriceDecimals);
        return from mantissa in Gen.Choose(1, 999_999_999)
               from exponent in Gen.Choose(-12, 2)
               let price = mantissa * Pow10(exponent)
               where price >= lowest && price <= 10_000_000m
               select price;
    }

    private static Gen<decimal> Sizes() =>
        from mantissa in Gen.Choose(1, 999_999_999)
        from exponent in Gen.Choose(-10, 0)
        select mantissa * Pow10(exponent);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10 : result * 10;
        }

        return result;
    }
}
