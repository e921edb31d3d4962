using FractalTrader.Trading.Backtesting;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.Backtesting;

public sealed class RefusalKeyTests
{
    [Fact]
    public void Reasons_that_differ_only_in_their_numbers_are_counted_together()
    {
        var a = "BTC: size 1.2E-05 rounds to zero at lot size 0.00001";
        var b = "BTC: size 3.4567E-06 rounds to zero at lot size 0.001";

        RefusalKey.Comparer.Equals(a, b).Should().BeTrue();
        RefusalKey.Comparer.GetHashCode(a).Should().Be(RefusalKey.Comparer.GetHashCode(b));
        RefusalKey.Of(a).Should().Be("BTC: size NE-N rounds to zero at lot size N");
        RefusalKey.Comparer.Equals(a, "BTC: size 0.000012 rounds to zero at lot size 0.00001").Should().BeFalse("the exponent is text");
        RefusalKey.Comparer.Equals("3 positions open", "3 positions open, the maximum is 3").Should().BeFalse();
    }

    [Fact]
    public void Reasons_counted_together_share_their_key_and_hash()
    {
        // Short texts over a small alphabet, so equal and nearly equal pairs come up often.
        var reasons = Gen.Elements('a', 'b', ' ', ':', '.', ',', '-', '0', '1', '9').ArrayOf().Select(chars => new string(chars));

        Prop.ForAll(reasons.ToArbitrary(), reasons.ToArbitrary(), (x, y) =>
        {
            var together = RefusalKey.Comparer.Equals(x, y);
            return (together == RefusalKey.Comparer.Equals(y, x))
                && (!together || (string.Equals(RefusalKey.Of(x), RefusalKey.Of(y), StringComparison.Ordinal) && RefusalKey.Comparer.GetHashCode(x) == RefusalKey.Comparer.GetHashCode(y)))
                && RefusalKey.Comparer.Equals(x, x);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5_000));
    }
}
