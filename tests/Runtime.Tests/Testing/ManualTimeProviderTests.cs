using FractalTrader.Testing;

namespace FractalTrader.Runtime.Tests.Testing;

public sealed class ManualTimeProviderTests
{
    [Fact]
    public void Clock_moves_only_when_advanced()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();

        clock.GetUtcNow().Should().Be(start);
        clock.Advance(TimeSpan.FromSeconds(5));

        clock.GetUtcNow().Should().Be(start + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Timers_fire_in_due_order_with_the_clock_at_their_due_time()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();
        var fired = new List<(string Name, DateTimeOffset At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(10));

        fired.Should().Equal(("early", start.AddSeconds(1)), ("late", start.AddSeconds(3)));
    }

    [Fact]
    public void Periodic_timer_fires_once_per_period()
    {
        var clock = new ManualTimeProvider();
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(3.5));

        count.Should().Be(3);
    }

    [Fact]
    public void Disposed_timer_never_fires()
    {
        var clock = new ManualTimeProvider();
        var fired = false;
        var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        timer.Dispose();
        clock.Advance(TimeSpan.FromSeconds(2));

        fired.Should().BeFalse();
        clock.ActiveTimerCount.Should().Be(0);
    }

    [Fact]
    public async Task Task_delay_completes_when_the_clock_passes_it()
    {
        var clock = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromMinutes(1), clock);

        delay.IsCompleted.Should().BeFalse();
        clock.Advance(TimeSpan.FromMinutes(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(10));
        delay.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public void Timer_due_now_fires_at_once()
    {
        var clock = new ManualTimeProvider();
        var fired = false;

        using var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        fired.Should().BeTrue();
    }

    [Fact]
    public void Clock_refuses_to_go_back()
    {
        var clock = new ManualTimeProvider();

        var act = () => clock.SetUtcNow(clock.GetUtcNow().AddTicks(-1));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
