using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.Risk;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.Risk;

public sealed class SizingOutcomeTests
{
    private static readonly InstrumentRules Btc = InstrumentRules.WithSizeDecimals("BTC", 5);

    private static readonly Dictionary<int, string> KeyByForm = new()
    {
        [1] = "BTC: size N rounds to zero at lot size N",
        [2] = "BTC: size NE-N rounds to zero at lot size N",
        [3] = "BTC: size NE+N rounds to zero at lot size N",
    };

    private static SizingOutcome RoundsToZero(decimal capped) =>
        new(SizingVerdict.RoundsToZero, null, new SizingRules(), Btc, 1m, 1m, 1m, capped, capped, 0m, 0m);

    [Theory]
    [InlineData("0.00009999995", 1)]
    [InlineData("0.000099999949999", 2)]
    [InlineData("0.0000999999", 2)]
    [InlineData("0.0001", 1)]
    [InlineData("0.00001", 2)]
    [InlineData("0.0000000000000000000000000001", 2)]
    [InlineData("999999.4999", 1)]
    [InlineData("999999.5", 3)]
    [InlineData("79228162514264337593543950335", 3)]
    public void The_form_of_a_size_that_rounds_to_zero_follows_the_general_format(string capped, int form)
    {
        var outcome = RoundsToZero(decimal.Parse(capped, System.Globalization.CultureInfo.InvariantCulture));

        outcome.ReasonForm.Should().Be(form);
        RefusalKey.Of(outcome.Reason).Should().Be(KeyByForm[form]);
    }

    [Fact]
    public void Sizes_that_round_to_zero_with_one_form_share_one_refusal_key()
    {
        var sizes =
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from high in Gen.Elements(0, 0, 0, 1, 1000, int.MaxValue)
            from scale in Gen.Choose(0, 28)
            select new decimal(low, high == 0 ? mid & 0x3 : mid, high, false, (byte)scale);

        Prop.ForAll(sizes.ToArbitrary(), capped =>
        {
            var outcome = RoundsToZero(capped);
            return capped == 0
                ? outcome.ReasonForm == -1
                : string.Equals(KeyByForm[outcome.ReasonForm], RefusalKey.Of(outcome.Reason), StringComparison.Ordinal);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5_000));
    }

    [Fact]
    public void Refusals_below_the_venue_minimum_share_one_refusal_key()
    {
        var notionals = Gen.Choose(1, int.MaxValue).Select(cents => cents / 1000m);

        Prop.ForAll(notionals.ToArbitrary(), notional =>
        {
            var outcome = new SizingOutcome(SizingVerdict.BelowMinimum, null, new SizingRules(), Btc, 1m, 1m, 1m, 1m, 1m, 0m, notional);
            return outcome.ReasonForm == 0 && string.Equals(RefusalKey.Of(outcome.Reason), "BTC: order value N is below the venue minimum N", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }
}
