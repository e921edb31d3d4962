using FractalTrader.Exchange.Tests.Logging;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.Tests.Hyperliquid.EndToEnd;

public sealed class DebugProbe(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        using var logs = new CapturedLogs();
        await using var h = await VenueHarness.StartAsync(faults: "rate-limit@5x12", logs: logs.CreateFactory());
        var tasks = Enumerable.Range(0, 100).Select(i => i % 2 == 0
            ? (Task)h.Client.GetAccountAsync()
            : h.Client.GetCandlesAsync("ETH", Timeframe.M1, h.Clock.GetUtcNow().AddHours(-2), h.Clock.GetUtcNow())).ToList();
        try
        {
            await h.Clock.DriveAsync(Task.WhenAll(tasks), () => h.Client.Limiter.WaitingCount > 0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));
        }
        finally
        {
            output.WriteLine($"done {tasks.Count(t => t.IsCompleted)} failed {tasks.Count(t => t.IsFaulted)} waiting {h.Client.Limiter.WaitingCount} delays {h.Clock.PendingDelays} clock {h.Clock.GetUtcNow()} requests {h.Fake.Traffic.Requests} 429 {h.Fake.Traffic.InjectedRateLimits} budget {h.Fake.Traffic.BudgetRateLimits}");
            output.WriteLine(tasks.FirstOrDefault(t => t.IsFaulted)?.Exception?.ToString() ?? "");
            foreach (var line in logs.Lines.Where(l => l.Contains("FractalTrader", StringComparison.Ordinal)).Take(40))
            {
                output.WriteLine(line);
            }
        }
    }
}
