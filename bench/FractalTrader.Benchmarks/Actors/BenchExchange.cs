using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using FractalTrader.Exchange;
using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.MarketData;
using FractalTrader.Exchange.Orders;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// The in-process simulated venue as the node sees it, with two benchmark taps: closed bars come
/// from what the benchmark <see cref="Publish"/>es (and history from <paramref name="history"/>)
/// instead of the venue's synthetic tape, and every entry order is timestamped the moment it is
/// handed to the venue. Everything else goes to the venue unchanged. Thread-safe.
/// </summary>
internal sealed class BenchExchange(IExchange venue, Func<string, IReadOnlyList<Candle>> history) : IExchange
{
    private readonly ConcurrentDictionary<string, Channel<CandleUpdate>> streams = new(StringComparer.Ordinal);

    /// <summary>Called with <see cref="Stopwatch.GetTimestamp"/> when an entry (not reduce-only) order is handed to the venue.</summary>
    public Action<OrderRequest, long>? EntryPlaced { get; set; }

    /// <summary>Delivers a closed bar on <paramref name="symbol"/>'s candle stream.</summary>
    public void Publish(string symbol, Timeframe timeframe, Candle bar) =>
        Stream(symbol).Writer.TryWrite(new CandleUpdate(symbol, timeframe, bar, IsClosed: true));

    public Task<OrderAck> PlaceOrderAsync(OrderRequest order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!order.ReduceOnly)
        {
            EntryPlaced?.Invoke(order, Stopwatch.GetTimestamp());
        }

        return venue.PlaceOrderAsync(order, cancellationToken);
    }

    public Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Candle>>([.. history(symbol).Where(c => c.OpenTime >= from && c.OpenTime + timeframe.Duration <= to)]);

    public async IAsyncEnumerable<CandleUpdate> StreamCandlesAsync(string symbol, Timeframe timeframe, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in Stream(symbol).Reader.ReadAllAsync(cancellationToken))
        {
            yield return update;
        }
    }

    public Task<IReadOnlyList<Instrument>> GetInstrumentsAsync(CancellationToken cancellationToken = default) => venue.GetInstrumentsAsync(cancellationToken);

    public IAsyncEnumerable<PublicTrade> StreamTradesAsync(string symbol, CancellationToken cancellationToken = default) => venue.StreamTradesAsync(symbol, cancellationToken);

    public IAsyncEnumerable<TopOfBook> StreamTopOfBookAsync(string symbol, CancellationToken cancellationToken = default) => venue.StreamTopOfBookAsync(symbol, cancellationToken);

    public IAsyncEnumerable<Fill> StreamFillsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => venue.StreamFillsAsync(since, cancellationToken);

    public Task CancelOrderAsync(string symbol, long orderId, CancellationToken cancellationToken = default) => venue.CancelOrderAsync(symbol, orderId, cancellationToken);

    public Task CancelOrderAsync(string symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken = default) => venue.CancelOrderAsync(symbol, clientOrderId, cancellationToken);

    public Task<OrderAck> ModifyOrderAsync(long orderId, OrderRequest replacement, CancellationToken cancellationToken = default) => venue.ModifyOrderAsync(orderId, replacement, cancellationToken);

    public Task<IReadOnlyList<VenueOrder>> GetOpenOrdersAsync(CancellationToken cancellationToken = default) => venue.GetOpenOrdersAsync(cancellationToken);

    public Task<IReadOnlyList<Position>> GetPositionsAsync(CancellationToken cancellationToken = default) => venue.GetPositionsAsync(cancellationToken);

    public Task<IReadOnlyList<Fill>> GetFillsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => venue.GetFillsAsync(since, cancellationToken);

    public Task<AccountSummary> GetAccountAsync(CancellationToken cancellationToken = default) => venue.GetAccountAsync(cancellationToken);

    public Task<OrderStatusReport?> GetOrderStatusAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken = default) => venue.GetOrderStatusAsync(clientOrderId, cancellationToken);

    public Task ScheduleCancelAsync(DateTimeOffset? at, CancellationToken cancellationToken = default) => venue.ScheduleCancelAsync(at, cancellationToken);

    private Channel<CandleUpdate> Stream(string symbol) =>
        streams.GetOrAdd(symbol, static _ => Channel.CreateUnbounded<CandleUpdate>(new UnboundedChannelOptions { SingleReader = true }));
}
