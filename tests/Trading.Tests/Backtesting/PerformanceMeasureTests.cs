using FractalTrader.Trading.Backtesting;

namespace FractalTrader.Trading.Tests.Backtesting;

public sealed class PerformanceMeasureTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 1, 0, 0, TimeSpan.Zero);

    private static EquityPoint[] Curve(params double[] values) =>
        values.Select((v, i) => new EquityPoint(T0.AddHours(i), v, i % 2 == 0)).ToArray();

    [Fact]
    public void Drawdown_depth_and_duration_are_measured_from_the_running_peak()
    {
        var metrics = PerformanceMeasure.Of(100m, 121m, Curve(110, 99, 104.5, 121), [], TimeSpan.FromHours(1));

        metrics.MaxDrawdown.Should().BeApproximately(0.1, 1e-12);
        metrics.MaxDrawdownDuration.Should().Be(TimeSpan.FromHours(2));
        metrics.TotalReturn.Should().BeApproximately(0.21, 1e-12);
        metrics.Exposure.Should().Be(0.5);
    }

    [Fact]
    public void Sharpe_and_sortino_are_annualised_for_the_bar_interval()
    {
        var metrics = PerformanceMeasure.Of(100m, 121m, Curve(110, 99, 121), [], TimeSpan.FromHours(1));

        double[] r = [0.1, -0.1, (121.0 / 99) - 1];
        var mean = r.Average();
        var sd = Math.Sqrt(r.Sum(x => (x - mean) * (x - mean)) / 2);
        var downside = Math.Sqrt(0.01 / 3);
        var annual = Math.Sqrt(365 * 24);
        metrics.Sharpe.Should().BeApproximately(mean / sd * annual, 1e-9);
        metrics.Sortino.Should().BeApproximately(mean / downside * annual, 1e-9);
    }

    [Fact]
    public void A_flat_run_has_zero_metrics_not_nan()
    {
        var metrics = PerformanceMeasure.Of(25_000m, 25_000m, Curve(25_000, 25_000, 25_000), [], TimeSpan.FromHours(1));

        metrics.Sharpe.Should().Be(0);
        metrics.Sortino.Should().Be(0);
        metrics.MaxDrawdown.Should().Be(0);
        metrics.TotalReturn.Should().Be(0);
        metrics.Cagr.Should().Be(0);
        metrics.Trades.ProfitFactor.Should().BeNull();
    }
}
