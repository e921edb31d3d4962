using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.MarketData;
using FractalTrader.Exchange.Orders;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange;

/// <summary>
/// A trading venue: the simulated exchange or Hyperliquid. Every call is async and cancellable.
/// Failures are typed (<see cref="Errors.ExchangeException"/>): transient (retry), rejected (with a
/// reason), ambiguous (ask the order status by client id, never place again blindly) or fatal.
/// Implementations are thread-safe.
/// </summary>
public interface IExchange
{
    /// <summary>Tradable instruments with their tick/lot rules and maximum leverage.</summary>
    Task<IReadOnlyList<Instrument>> GetInstrumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Closed bars with open time in [<paramref name="from"/>, <paramref name="to"/>), oldest first (paged as the venue needs).</summary>
    Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Live candles; reconnects by itself and fills gaps so each closed bar arrives once, in order.</summary>
    IAsyncEnumerable<CandleUpdate> StreamCandlesAsync(string symbol, Timeframe timeframe, CancellationToken cancellationToken = default);

    /// <summary>Live public trades; reconnects by itself.</summary>
    IAsyncEnumerable<PublicTrade> StreamTradesAsync(string symbol, CancellationToken cancellationToken = default);

    /// <summary>Live best bid/ask; reconnects by itself.</summary>
    IAsyncEnumerable<TopOfBook> StreamTopOfBookAsync(string symbol, CancellationToken cancellationToken = default);

    /// <summary>Our fills, each exactly once, including fills made while a stream was down (gap-filled after reconnects).</summary>
    IAsyncEnumerable<Fill> StreamFillsAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Places an order. An ambiguous outcome is first resolved by asking its status by client id.</summary>
    Task<OrderAck> PlaceOrderAsync(OrderRequest order, CancellationToken cancellationToken = default);

    /// <summary>Cancels an open order by venue id.</summary>
    Task CancelOrderAsync(string symbol, long orderId, CancellationToken cancellationToken = default);

    /// <summary>Cancels an open order by client order id.</summary>
    Task CancelOrderAsync(string symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken = default);

    /// <summary>Replaces an open order's price/size/trigger; the replacement keeps the venue id.</summary>
    Task<OrderAck> ModifyOrderAsync(long orderId, OrderRequest replacement, CancellationToken cancellationToken = default);

    /// <summary>Our resting and trigger orders.</summary>
    Task<IReadOnlyList<VenueOrder>> GetOpenOrdersAsync(CancellationToken cancellationToken = default);

    /// <summary>Open positions with direction, entry and unrealized PnL.</summary>
    Task<IReadOnlyList<Position>> GetPositionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Our fills at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<Fill>> GetFillsAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Equity and margin.</summary>
    Task<AccountSummary> GetAccountAsync(CancellationToken cancellationToken = default);

    /// <summary>An order's status by client order id, or null if the venue has never seen it.</summary>
    Task<OrderStatusReport?> GetOrderStatusAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The venue-side dead-man's switch: cancel all our orders at <paramref name="at"/> unless
    /// called again before then; null disarms it.
    /// </summary>
    Task ScheduleCancelAsync(DateTimeOffset? at, CancellationToken cancellationToken = default);
}
