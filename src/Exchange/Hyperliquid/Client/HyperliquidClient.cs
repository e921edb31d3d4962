using System.Text.Json.Nodes;
using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Hyperliquid.Wire;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.Orders;
using FractalTrader.Trading.MarketData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <summary>
/// <see cref="IExchange"/> on Hyperliquid (or the fake venue): REST with typed errors, Polly retries
/// of transient failures and a weight-aware limiter; WebSocket streams that reconnect, resubscribe
/// and gap-fill over REST; every action signed byte-for-byte as the Python SDK signs it. The key
/// never leaves <see cref="PrivateKey"/>; nothing here logs or prints it. Thread-safe.
/// </summary>
public sealed partial class HyperliquidClient : IExchange, IAsyncDisposable
{
    private const string VenueName = "hyperliquid";
    private readonly PrivateKey key;
    private readonly HyperliquidClientOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly HyperliquidRest rest;
    private readonly HyperliquidSocket socket;
    private readonly NonceSource nonces;
    private readonly HyperliquidMarketData marketData;
    private readonly SemaphoreSlim metaGate = new(1, 1);
    private Dictionary<string, Instrument>? instruments;

    /// <summary>Creates the client; nothing connects until first use.</summary>
    public HyperliquidClient(PrivateKey key, HyperliquidClientOptions? options = null, TimeProvider? time = null, ILogger<HyperliquidClient>? logger = null)
    {
        this.key = key ?? throw new ArgumentNullException(nameof(key));
        this.options = options ?? new HyperliquidClientOptions();
        this.time = time ?? TimeProvider.System;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        Limiter = new RequestWeightLimiter(this.options.WeightPerMinute, this.options.RateLimitCooldown, this.time);
        rest = new HyperliquidRest(this.options, this.time, Limiter, this.logger);
        socket = new HyperliquidSocket(this.options, this.time, this.logger);
        nonces = new NonceSource(this.time);
        marketData = new HyperliquidMarketData(rest, this.time);
        this.logger.LogInformation("Hyperliquid client for {Account} on {Network} at {Url}", Account, this.options.Network, this.options.EffectiveBaseUrl);
    }

    /// <summary>The account info requests ask about (the master account, not an agent wallet).</summary>
    public WalletAddress Account => options.Vault ?? options.Account ?? key.Address;

    /// <summary>The request weight limiter (exposed for monitoring and tests).</summary>
    public RequestWeightLimiter Limiter { get; }

    /// <summary>WebSocket connections made so far.</summary>
    public int SocketConnections => socket.Connections;

    /// <summary>Keepalive pings sent so far.</summary>
    public int PingsSent => socket.PingsSent;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Instrument>> GetInstrumentsAsync(CancellationToken cancellationToken = default) =>
        [.. (await InstrumentsAsync(cancellationToken)).Values.OrderBy(i => i.AssetId)];

    /// <inheritdoc />
    public Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        marketData.GetCandlesAsync(symbol, timeframe, from, to, cancellationToken);

    /// <inheritdoc />
    public async Task<OrderAck> PlaceOrderAsync(OrderRequest order, CancellationToken cancellationToken = default)
    {
        OrderRequest.Validate(order);
        var instrument = await InstrumentAsync(order.Symbol, cancellationToken);
        var price = await PriceToSendAsync(order, instrument, cancellationToken);
        var wire = OrderWire.FromRequest(order, instrument.AssetId, price);
        var operation = $"place {order.Symbol} {order.ClientOrderId}";
        try
        {
            var answer = await rest.ActionAsync(operation, 1, () => SignL1(HyperliquidActions.Order([wire]), expiring: true), order.ClientOrderId, cancellationToken);
            return OrderStatuses(answer, operation).Single() is var status ? ReadPlaced(status, order.ClientOrderId, operation) : throw new InvalidOperationException();
        }
        catch (AmbiguousOrderException lost)
        {
            return await ResolveAsync(lost, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task CancelOrderAsync(string symbol, long orderId, CancellationToken cancellationToken = default)
    {
        var instrument = await InstrumentAsync(symbol, cancellationToken);
        var operation = $"cancel {symbol} {orderId}";
        var answer = await rest.ActionAsync(operation, 1, () => SignL1(HyperliquidActions.Cancel(instrument.AssetId, orderId), expiring: false), null, cancellationToken);
        ReadCancelled(OrderStatuses(answer, operation).Single(), operation);
    }

    /// <inheritdoc />
    public async Task CancelOrderAsync(string symbol, ClientOrderId clientOrderId, CancellationToken cancellationToken = default)
    {
        var instrument = await InstrumentAsync(symbol, cancellationToken);
        var operation = $"cancel {symbol} {clientOrderId}";
        var answer = await rest.ActionAsync(operation, 1, () => SignL1(HyperliquidActions.CancelByCloid(instrument.AssetId, clientOrderId), expiring: false), null, cancellationToken);
        ReadCancelled(OrderStatuses(answer, operation).Single(), operation);
    }

    /// <inheritdoc />
    public async Task<OrderAck> ModifyOrderAsync(long orderId, OrderRequest replacement, CancellationToken cancellationToken = default)
    {
        OrderRequest.Validate(replacement);
        var instrument = await InstrumentAsync(replacement.Symbol, cancellationToken);
        var price = await PriceToSendAsync(replacement, instrument, cancellationToken);
        var wire = OrderWire.FromRequest(replacement, instrument.AssetId, price);
        var operation = $"modify {replacement.Symbol} {orderId}";
        try
        {
            var answer = await rest.ActionAsync(operation, 1, () => SignL1(HyperliquidActions.BatchModify(orderId, wire), expiring: true), replacement.ClientOrderId, cancellationToken);
            return ReadPlaced(OrderStatuses(answer, operation).Single(), replacement.ClientOrderId, operation);
        }
        catch (AmbiguousOrderException lost)
        {
            return await ResolveAsync(lost, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<VenueOrder>> GetOpenOrdersAsync(CancellationToken cancellationToken = default)
    {
        var answer = await rest.InfoAsync(new JsonObject { ["type"] = "frontendOpenOrders", ["user"] = Account.Text, ["dex"] = "" }, cancellationToken);
        return [.. answer.AsArray().Select(o => HyperliquidJson.ReadOrder(o!))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Position>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        var state = HyperliquidJson.Object(await ClearinghouseAsync(cancellationToken), "clearinghouseState");
        return [.. state["assetPositions"]!.AsArray().Select(p =>
        {
            var position = HyperliquidJson.Object(p!["position"], "position");
            var leverage = HyperliquidJson.Object(position["leverage"], "leverage");
            return new Position(
                HyperliquidJson.String(position, "coin"),
                HyperliquidJson.Decimal(position, "szi"),
                HyperliquidJson.Decimal(position, "entryPx"),
                HyperliquidJson.Decimal(position, "unrealizedPnl"),
                HyperliquidJson.Decimal(position, "marginUsed"),
                (int)HyperliquidJson.Long(leverage, "value"),
                position["liquidationPx"] is JsonValue ? HyperliquidJson.Decimal(position, "liquidationPx") : null);
        })];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Fill>> GetFillsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var answer = await rest.InfoAsync(new JsonObject
        {
            ["type"] = "userFillsByTime",
            ["user"] = Account.Text,
            ["startTime"] = HyperliquidJson.Millis(since),
        }, cancellationToken);
        return [.. answer.AsArray().Select(f => HyperliquidJson.ReadFill(f!)).OrderBy(f => f.Time).ThenBy(f => f.TradeId)];
    }

    /// <inheritdoc />
    public async Task<AccountSummary> GetAccountAsync(CancellationToken cancellationToken = default)
    {
        var state = HyperliquidJson.Object(await ClearinghouseAsync(cancellationToken), "clearinghouseState");
        var summary = HyperliquidJson.Object(state["marginSummary"], "marginSummary");
        return new AccountSummary(
            HyperliquidJson.Decimal(summary, "accountValue"),
            HyperliquidJson.Decimal(summary, "totalMarginUsed"),
            HyperliquidJson.Decimal(summary, "totalNtlPos"),
            HyperliquidJson.Decimal(state, "withdrawable"));
    }

    /// <inheritdoc />
    public async Task<OrderStatusReport?> GetOrderStatusAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken = default)
    {
        var answer = await rest.InfoAsync(new JsonObject { ["type"] = "orderStatus", ["user"] = Account.Text, ["oid"] = clientOrderId.ToString() }, cancellationToken);
        return HyperliquidJson.ReadOrderStatus(answer);
    }

    /// <inheritdoc />
    public async Task ScheduleCancelAsync(DateTimeOffset? at, CancellationToken cancellationToken = default)
    {
        var action = HyperliquidActions.ScheduleCancel(at is { } when ? HyperliquidJson.Millis(when) : null);
        var answer = await rest.ActionAsync("schedule cancel", 1, () => SignL1(action, expiring: false), null, cancellationToken);
        OrderStatuses(answer, "schedule cancel");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await socket.DisposeAsync();
        rest.Dispose();
        Limiter.Dispose();
        metaGate.Dispose();
    }

    private Task<OrderAck> ResolveAsync(AmbiguousOrderException lost, CancellationToken cancellationToken)
    {
        logger.LogWarning("Order {ClientOrderId} outcome unknown ({Error}); asking the venue by client id", lost.ClientOrderId, lost.Message);
        return AmbiguousOrderResolution.ResolveAsync(
            ct => GetOrderStatusAsync(lost.ClientOrderId, ct), lost.ClientOrderId, options.AmbiguityLookups, options.AmbiguityLookupSpacing, time, lost, cancellationToken);
    }

    private (JsonObject Body, DateTimeOffset? ExpiresAt) SignL1(JsonObject action, bool expiring)
    {
        var nonce = nonces.Next();
        DateTimeOffset? expiresAt = expiring ? HyperliquidJson.Time((long)nonce) + options.ActionExpiry : null;
        ulong? expiresAfter = expiresAt is { } e ? (ulong)HyperliquidJson.Millis(e) : null;
        return (ExchangeRequestBody.SignL1(key, action, nonce, options.Vault, expiresAfter, options.Network), expiresAt);
    }

    private Task<JsonNode> ClearinghouseAsync(CancellationToken cancellationToken) =>
        rest.InfoAsync(new JsonObject { ["type"] = "clearinghouseState", ["user"] = Account.Text, ["dex"] = "" }, cancellationToken);

    private async Task<decimal> PriceToSendAsync(OrderRequest order, Instrument instrument, CancellationToken cancellationToken)
    {
        if (order.LimitPrice is { } limit)
        {
            return limit;
        }

        var isBuy = order.Side == OrderSide.Buy;
        var reference = order.TriggerPrice ?? await MidAsync(order.Symbol, cancellationToken);
        return SlippagePrice.Compute(reference, isBuy, options.MarketSlippage, instrument.SzDecimals, instrument.IsSpot);
    }

    private async Task<decimal> MidAsync(string symbol, CancellationToken cancellationToken)
    {
        var mids = HyperliquidJson.Object(await rest.InfoAsync(new JsonObject { ["type"] = "allMids", ["dex"] = "" }, cancellationToken), "allMids");
        return mids[symbol] is not null
            ? HyperliquidJson.Decimal(mids, symbol)
            : throw new OrderRejectedException(VenueName, $"price {symbol}", RejectReason.UnknownSymbol, $"no mid price for {symbol}");
    }

    private async Task<Instrument> InstrumentAsync(string symbol, CancellationToken cancellationToken) =>
        (await InstrumentsAsync(cancellationToken)).TryGetValue(symbol, out var instrument)
            ? instrument
            : throw new OrderRejectedException(VenueName, $"order {symbol}", RejectReason.UnknownSymbol, $"{symbol} is not in the venue's meta");

    private async Task<Dictionary<string, Instrument>> InstrumentsAsync(CancellationToken cancellationToken)
    {
        if (instruments is { } known)
        {
            return known;
        }

        await metaGate.WaitAsync(cancellationToken);
        try
        {
            if (instruments is not null)
            {
                return instruments;
            }

            var meta = HyperliquidJson.Object(await rest.InfoAsync(new JsonObject { ["type"] = "meta", ["dex"] = "" }, cancellationToken), "meta");
            var map = new Dictionary<string, Instrument>(StringComparer.Ordinal);
            var universe = meta["universe"]!.AsArray();
            for (var i = 0; i < universe.Count; i++)
            {
                var asset = HyperliquidJson.Object(universe[i], "meta.universe[]");
                var name = HyperliquidJson.String(asset, "name");
                map[name] = new Instrument(name, i, (int)HyperliquidJson.Long(asset, "szDecimals"), (int)HyperliquidJson.Long(asset, "maxLeverage"));
            }

            AddSpot(map, HyperliquidJson.Object(await rest.InfoAsync(new JsonObject { ["type"] = "spotMeta" }, cancellationToken), "spotMeta"));
            return instruments = map;
        }
        finally
        {
            metaGate.Release();
        }
    }

    private static void AddSpot(Dictionary<string, Instrument> map, JsonObject spotMeta)
    {
        var tokens = spotMeta["tokens"]!.AsArray()
            .Select(t => HyperliquidJson.Object(t, "spotMeta.tokens[]"))
            .ToDictionary(t => HyperliquidJson.Long(t, "index"), t => (Name: HyperliquidJson.String(t, "name"), SzDecimals: (int)HyperliquidJson.Long(t, "szDecimals")));
        foreach (var pair in spotMeta["universe"]!.AsArray().Select(p => HyperliquidJson.Object(p, "spotMeta.universe[]")))
        {
            var index = (int)HyperliquidJson.Long(pair, "index");
            var baseToken = tokens[pair["tokens"]![0]!.GetValue<long>()];
            var name = HyperliquidJson.String(pair, "name");
            map.TryAdd(name, new Instrument(name, 10000 + index, baseToken.SzDecimals, 1, IsSpot: true));
        }
    }
}
