using System.Runtime.CompilerServices;
using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.MarketData;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated.Faults;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.Simulated;

/// <summary>
/// <see cref="IExchange"/> on a <see cref="SimulatedVenue"/> in the same process, for one account:
/// paper trading, demos and tests. Injected faults surface exactly as the Hyperliquid client
/// surfaces real ones (typed errors, lost answers resolved by client id, dropped, duplicated or
/// reordered stream events that the streams repair). Thread-safe.
/// </summary>
public sealed class SimulatedExchange : IExchange
{
    private const string VenueName = "simulated";
    private readonly SimulatedVenue venue;
    private readonly string account;

    /// <summary>Trades for <paramref name="account"/> (opened with the starting balance if new).</summary>
    public SimulatedExchange(SimulatedVenue venue, string account)
    {
        this.venue = venue ?? throw new ArgumentNullException(nameof(venue));
        ArgumentException.ThrowIfNullOrEmpty(account);
        this.account = account;
        venue.OpenAccount(account);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Instrument>> GetInstrumentsAsync(CancellationToken cancellationToken = default)
    {
        await EnterAsync("instruments", cancellationToken);
        return venue.Instruments;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await EnterAsync($"candles {symbol}", cancellationToken);
        return venue.Candles(symbol, timeframe, from, to, includeForming: false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CandleUpdate> StreamCandlesAsync(string symbol, Timeframe timeframe, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var feed = venue.Subscribe();
        DateTimeOffset? lastClosed = null;
        await foreach (var e in feed.Events.ReadAllAsync(cancellationToken))
        {
            if (e is not CandleChanged { Update: var update } || !string.Equals(update.Symbol, symbol, StringComparison.Ordinal) || !update.IsClosed)
            {
                continue;
            }

            var closeTime = update.Bar.OpenTime + update.Timeframe.Duration;
            if ((closeTime - DateTimeOffset.UnixEpoch).Ticks % timeframe.Duration.Ticks != 0)
            {
                continue;
            }

            foreach (var bar in venue.Candles(symbol, timeframe, lastClosed ?? closeTime - timeframe.Duration, closeTime, includeForming: false))
            {
                if (lastClosed is null || bar.OpenTime >= lastClosed)
                {
                    lastClosed = bar.OpenTime + timeframe.Duration;
                    yield return new CandleUpdate(symbol, timeframe, bar, IsClosed: true);
                }
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PublicTrade> StreamTradesAsync(string symbol, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var feed = venue.Subscribe();
        await foreach (var e in feed.Events.ReadAllAsync(cancellationToken))
        {
            if (e is TradePrinted { Trade: var trade } && string.Equals(trade.Symbol, symbol, StringComparison.Ordinal))
            {
                yield return trade;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<TopOfBook> StreamTopOfBookAsync(string symbol, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var feed = venue.Subscribe();
        await foreach (var e in feed.Events.ReadAllAsync(cancellationToken))
        {
            if (e is BookChanged { Top: var top } && string.Equals(top.Symbol, symbol, StringComparison.Ordinal))
            {
                yield return top;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Fill> StreamFillsAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var dedup = new FillDeduplication(since);
        using var feed = venue.Subscribe();
        var held = new Queue<Fill>();
        foreach (var fill in venue.Fills(account, since))
        {
            if (dedup.Admit(fill))
            {
                yield return fill;
            }
        }

        await foreach (var e in feed.Events.ReadAllAsync(cancellationToken))
        {
            if (e is not AccountFilled { Fill: var fill } || !string.Equals(((AccountFilled)e).Account, account, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var delivered = new List<Fill>();
            switch (venue.Faults.Next(FaultPoint.StreamEvent))
            {
                case FaultKind.Disconnect:
                    // The event is lost with the connection; the "reconnect" gap-fills from the venue.
                    delivered.AddRange(venue.Fills(account, dedup.LastSeenTime));
                    break;
                case FaultKind.Duplicate:
                    delivered.Add(fill);
                    delivered.Add(fill);
                    break;
                case FaultKind.Reorder:
                    held.Enqueue(fill);
                    continue;
                default:
                    delivered.Add(fill);
                    break;
            }

            while (held.Count > 0)
            {
                delivered.Add(held.Dequeue());
            }

            foreach (var item in delivered)
            {
                if (dedup.Admit(item))
                {
                    yield return item;
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task<OrderAck> PlaceOrderAsync(OrderRequest order, CancellationToken cancellationToken = default)
    {
        OrderRequest.Validate(order);
        var operation = $"place {order.Symbol}";
        await EnterAsync(operation, cancellationToken);
        var fault = venue.Faults.Next(FaultPoint.OrderAction);
        if (fault == FaultKind.TimeoutBeforeSend)
        {
            throw new TransientExchangeException(VenueName, operation, TransientCause.TimeoutBeforeSend, "timed out before the order was sent (injected)");
        }

        var outcome = Run(operation, () => venue.Place(account, order, forceReject: fault == FaultKind.Reject));
        if (fault == FaultKind.TimeoutAfterSend)
        {
            var lost = new AmbiguousOrderException(VenueName, operation, order.ClientOrderId, null, "the answer was lost after the order was sent (injected)");
            return await AmbiguousOrderResolution.ResolveAsync(
                ct => GetOrderStatusAsync(order.ClientOrderId, ct), order.ClientOrderId, 3, TimeSpan.Zero, venue.Clock, lost, cancellationToken);
        }

        return outcome.Ack ?? throw new OrderRejectedException(VenueName, operation, outcome.Reason!.Value, outcome.Error!);
    }

    /// <inheritdoc />
    public async Task CancelOrderAsync(string symbol, long orderId, CancellationToken cancellationToken = default)
    {
        var operation = $"cancel {symbol} {orderId}";
        await EnterAsync(operation, cancellationToken);
        if (!Run(operation, () => venue.Cancel(account, orderId)))
        {
            throw new OrderRejectedException(VenueName, operation, RejectReason.OrderNotFound, Hyperliquid.HyperliquidErrorText.MissingOrder);
        }
    }

    /// <inheritdoc />
    public async Task CancelOrderAsync(string symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken = default)
    {
        var operation = $"cancel {symbol} {clientOrderId}";
        await EnterAsync(operation, cancellationToken);
        if (!Run(operation, () => venue.Cancel(account, clientOrderId)))
        {
            throw new OrderRejectedException(VenueName, operation, RejectReason.OrderNotFound, Hyperliquid.HyperliquidErrorText.MissingOrder);
        }
    }

    /// <inheritdoc />
    public async Task<OrderAck> ModifyOrderAsync(long orderId, OrderRequest replacement, CancellationToken cancellationToken = default)
    {
        OrderRequest.Validate(replacement);
        var operation = $"modify {replacement.Symbol} {orderId}";
        await EnterAsync(operation, cancellationToken);
        var outcome = Run(operation, () => venue.Modify(account, orderId, replacement));
        return outcome.Ack ?? throw new OrderRejectedException(VenueName, operation, outcome.Reason!.Value, outcome.Error!);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<VenueOrder>> GetOpenOrdersAsync(CancellationToken cancellationToken = default)
    {
        await EnterAsync("open orders", cancellationToken);
        return Run("open orders", () => venue.OpenOrders(account));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Position>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        await EnterAsync("positions", cancellationToken);
        return Run("positions", () => venue.Positions(account));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Fill>> GetFillsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await EnterAsync("fills", cancellationToken);
        return Run("fills", () => venue.Fills(account, since));
    }

    /// <inheritdoc />
    public async Task<AccountSummary> GetAccountAsync(CancellationToken cancellationToken = default)
    {
        await EnterAsync("account", cancellationToken);
        return Run("account", () => venue.Account(account));
    }

    /// <inheritdoc />
    public async Task<OrderStatusReport?> GetOrderStatusAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken = default)
    {
        await EnterAsync("order status", cancellationToken);
        return venue.OrderStatus(account, clientOrderId);
    }

    /// <inheritdoc />
    public async Task ScheduleCancelAsync(DateTimeOffset? at, CancellationToken cancellationToken = default)
    {
        await EnterAsync("schedule cancel", cancellationToken);
        Run("schedule cancel", () =>
        {
            venue.ScheduleCancel(account, at);
            return true;
        });
    }

    private async Task EnterAsync(string operation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (venue.Options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(venue.Options.Latency, venue.Clock, cancellationToken);
        }

        if (venue.Faults.Next(FaultPoint.Request) == FaultKind.RateLimit)
        {
            throw new TransientExchangeException(VenueName, operation, TransientCause.RateLimited, "rate limited (injected)", TimeSpan.FromSeconds(1));
        }
    }

    private T Run<T>(string operation, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (UnknownAccountException e)
        {
            throw new FatalExchangeException(VenueName, operation, FatalCause.UnknownWallet, e.Message, e);
        }
    }
}
