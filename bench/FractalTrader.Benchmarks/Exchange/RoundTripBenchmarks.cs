using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FractalTrader.Exchange.Hyperliquid.Client;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Hyperliquid.Venue;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated;

namespace FractalTrader.Benchmarks.Exchange;

/// <summary>
/// Place-order round trip through the fake venue over loopback (sign, POST /exchange, signer
/// recovery, matching, answer), reported with percentiles. Baseline: an unsigned POST /info
/// (orderStatus) on the same connection. Every iteration is one round trip (Monitoring, one
/// invocation, no unrolling), so the percentile columns are percentiles of single round trips.
/// </summary>
[Config(typeof(PercentilesConfig))]
public class RoundTripBenchmarks
{
    private const string KeyHex = "0x0123456789012345678901234567890123456789012345678901234567890123";
    private SimulatedVenue venue = null!;
    private FakeHyperliquidVenue server = null!;
    private HyperliquidClient client = null!;
    private long sequence;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var key = PrivateKey.Parse(KeyHex, "bench");
        venue = new SimulatedVenue(new SimulatedVenueOptions { MaxSlippage = 0, HistoryBars = 10 }, TimeProvider.System);
        venue.OpenAccount(key.Address.Text, 1_000_000_000m);
        venue.MovePrice("ETH", 3000m);
        server = await FakeHyperliquidVenue.StartAsync(venue, new FakeHyperliquidVenueOptions { WeightPerMinute = int.MaxValue });
        client = new HyperliquidClient(key, new HyperliquidClientOptions { BaseUrl = server.BaseUrl, WeightPerMinute = int.MaxValue });
        await client.GetInstrumentsAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await client.DisposeAsync();
        await server.DisposeAsync();
        venue.Dispose();
    }

    [Benchmark(Baseline = true, Description = "POST /info orderStatus (unsigned)")]
    public Task<OrderStatusReport?> InfoRoundTrip() => client.GetOrderStatusAsync(new ClientOrderId(1));

    [Benchmark(Description = "Place order: sign + POST /exchange + recover + match")]
    public Task<OrderAck> PlaceRoundTrip()
    {
        var id = Interlocked.Increment(ref sequence);
        var side = id % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
        return client.PlaceOrderAsync(new OrderRequest("ETH", side, OrderKind.Limit, 0.01m, new ClientOrderId((UInt128)id), side == OrderSide.Buy ? 3100m : 2900m));
    }

    private sealed class PercentilesConfig : ManualConfig
    {
        public PercentilesConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(100)
                .WithIterationCount(2_000)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.P100);

            // BenchmarkDotNet has no P99 column: the per-iteration CSV gives it (see bench/results/exchange.md).
            AddExporter(CsvMeasurementsExporter.Default);
        }
    }
}
