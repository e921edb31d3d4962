using BenchmarkDotNet.Attributes;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated;

namespace FractalTrader.Benchmarks.Exchange;

/// <summary>
/// Simulated venue matching (target ≥ 200,000 order events/s): each operation places an order that
/// fills at once against the market (two events: placement and fill) or rests and is cancelled.
/// Baseline: the same bookkeeping reduced to a dictionary insert and remove.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private const string Account = "0x14791697260e4c9a71f18484c9f997b308e59325";
    private SimulatedVenue venue = null!;
    private readonly Dictionary<long, OrderRequest> book = [];
    private long sequence;

    [GlobalSetup]
    public void Setup()
    {
        venue = new SimulatedVenue(new SimulatedVenueOptions { MaxSlippage = 0, HistoryBars = 10 }, TimeProvider.System);
        venue.OpenAccount(Account, 1_000_000_000m);
        venue.MovePrice("ETH", 3000m);
    }

    [GlobalCleanup]
    public void Cleanup() => venue.Dispose();

    [Benchmark(Baseline = true, Description = "Dictionary insert + remove of the order")]
    public int DictionaryBaseline()
    {
        var id = ++sequence;
        book[id] = new OrderRequest("ETH", OrderSide.Buy, OrderKind.Limit, 0.01m, new ClientOrderId((UInt128)id), 3100m);
        book.Remove(id);
        return book.Count;
    }

    [Benchmark(Description = "Place a crossing limit order: placed + filled (2 events)")]
    public PlaceOutcome PlaceAndFill()
    {
        var id = ++sequence;
        var side = id % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
        return venue.Place(Account, new OrderRequest("ETH", side, OrderKind.Limit, 0.01m, new ClientOrderId((UInt128)id), side == OrderSide.Buy ? 3100m : 2900m));
    }
}
