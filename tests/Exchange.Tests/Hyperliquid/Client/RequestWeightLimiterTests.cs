using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Hyperliquid.Client;
using FractalTrader.Testing;

namespace FractalTrader.Exchange.Tests.Hyperliquid.Client;

public sealed class RequestWeightLimiterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Weight_beyond_the_window_waits_until_the_oldest_second_leaves_it()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new RequestWeightLimiter(100, TimeSpan.FromSeconds(1), clock);
        await limiter.AcquireAsync(60, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(10));
        await limiter.AcquireAsync(40, CancellationToken.None);

        var third = limiter.AcquireAsync(20, CancellationToken.None);
        limiter.WaitingCount.Should().Be(1);
        clock.Advance(TimeSpan.FromSeconds(49));
        third.IsCompleted.Should().BeFalse("the first 60 are still inside the minute");
        clock.Advance(TimeSpan.FromSeconds(1));

        await third.WaitAsync(Patience);
        limiter.WaitingCount.Should().Be(0);
    }

    [Fact]
    public async Task A_429_pauses_every_request_and_repeated_429s_double_the_pause()
    {
        var clock = new ManualTimeProvider();
        using var limiter = new RequestWeightLimiter(RequestWeights.PerMinute, TimeSpan.FromSeconds(1), clock);

        limiter.RateLimited().Should().Be(TimeSpan.FromSeconds(1));
        limiter.RateLimited().Should().Be(TimeSpan.FromSeconds(2));
        var paused = limiter.AcquireAsync(1, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        paused.IsCompleted.Should().BeFalse();
        clock.Advance(TimeSpan.FromSeconds(1));
        await paused.WaitAsync(Patience);

        limiter.Succeeded();
        limiter.RateLimited().Should().Be(TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("l2Book", 0, 2)]
    [InlineData("userRole", 0, 60)]
    [InlineData("meta", 0, 20)]
    [InlineData("userFills", 45, 22)]
    [InlineData("candleSnapshot", 130, 22)]
    public void Info_weights_follow_the_spec(string type, int items, int weight) =>
        (RequestWeights.Info(type) + RequestWeights.InfoItems(type, items)).Should().Be(weight);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(39, 1)]
    [InlineData(79, 2)]
    public void Exchange_weight_is_one_plus_batch_over_forty(int batch, int weight) =>
        RequestWeights.Exchange(batch).Should().Be(weight);
}
