using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Exchange.Simulated.Faults;
using Microsoft.AspNetCore.Http;

namespace FractalTrader.Exchange.Hyperliquid.Venue;

/// <content>/ws: subscriptions, pushes, ping/pong and injected stream faults.</content>
public sealed partial class FakeHyperliquidVenue
{
    private readonly Lock socketGate = new();
    private readonly List<WebSocket> sockets = [];
    private readonly List<(string Type, int Times, TaskCompletionSource Done)> subscriptionWaiters = [];
    private readonly Dictionary<string, int> subscriptionCounts = new(StringComparer.Ordinal);

    /// <summary>
    /// Completes once connections have subscribed to <paramref name="type"/> (e.g. <c>userFills</c>)
    /// <paramref name="times"/> times in all and been answered; a client resubscribes after each reconnect.
    /// </summary>
    public Task WhenSubscribedAsync(string type, int times = 1)
    {
        lock (socketGate)
        {
            if (subscriptionCounts.GetValueOrDefault(type) >= times)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            subscriptionWaiters.Add((type, times, done));
            return done.Task;
        }
    }

    private void Subscribed(string? type)
    {
        if (type is null)
        {
            return;
        }

        List<TaskCompletionSource> ready;
        lock (socketGate)
        {
            var count = subscriptionCounts[type] = subscriptionCounts.GetValueOrDefault(type) + 1;
            bool IsDue((string Type, int Times, TaskCompletionSource Done) w) => string.Equals(w.Type, type, StringComparison.Ordinal) && w.Times <= count;
            ready = [.. subscriptionWaiters.Where(IsDue).Select(w => w.Done)];
            subscriptionWaiters.RemoveAll(IsDue);
        }

        foreach (var done in ready)
        {
            done.TrySetResult();
        }
    }

    /// <summary>Drops every open WebSocket connection at once (a network blip).</summary>
    public void DisconnectAll()
    {
        foreach (var socket in SocketsSnapshot())
        {
            socket.Abort();
        }
    }

    /// <summary>How many WebSocket connections are open.</summary>
    public int OpenSockets
    {
        get
        {
            lock (socketGate)
            {
                return sockets.Count(s => s.State == WebSocketState.Open);
            }
        }
    }

    private List<WebSocket> SocketsSnapshot()
    {
        lock (socketGate)
        {
            return [.. sockets];
        }
    }

    private async Task HandleSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        lock (socketGate)
        {
            sockets.Add(socket);
        }

        using var feed = Venue.Subscribe();
        var connection = new SocketConnection(socket, context.RequestAborted);
        try
        {
            await connection.SendTextAsync("Websocket connection established.");
            var pushing = PushAsync(connection, feed);
            await ReceiveAsync(connection);
            connection.Close();
            await pushing;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went away or the connection was dropped on purpose.
        }
        finally
        {
            lock (socketGate)
            {
                sockets.Remove(socket);
            }
        }
    }

    private async Task ReceiveAsync(SocketConnection connection)
    {
        while (await connection.ReceiveTextAsync() is { } text)
        {
            JsonObject? message;
            try
            {
                message = JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
                message = null;
            }

            var method = message?["method"]?.GetValue<string>();
            switch (method)
            {
                case "ping":
                    await connection.SendAsync(new JsonObject { ["channel"] = "pong" });
                    break;
                case "subscribe" or "unsubscribe" when message!["subscription"] is JsonObject subscription:
                    if (string.Equals(method, "subscribe", StringComparison.Ordinal))
                    {
                        connection.Subscriptions[SubscriptionKey(subscription)] = subscription;
                        await connection.SendAsync(new JsonObject
                        {
                            ["channel"] = "subscriptionResponse",
                            ["data"] = new JsonObject { ["method"] = method, ["subscription"] = subscription.DeepClone() },
                        });
                        await SendSnapshotAsync(connection, subscription);
                        Subscribed(subscription["type"]?.GetValue<string>());
                    }
                    else
                    {
                        connection.Subscriptions.TryRemove(SubscriptionKey(subscription), out _);
                    }

                    break;
                default:
                    await connection.SendAsync(new JsonObject { ["channel"] = "error", ["data"] = $"Unknown request: {text}" });
                    break;
            }
        }
    }

    /// <summary>What a new subscriber gets at once: the fill snapshot, or the current book, mids or forming candle.</summary>
    private async Task SendSnapshotAsync(SocketConnection connection, JsonObject subscription)
    {
        var type = subscription["type"]?.GetValue<string>();
        var coin = subscription["coin"]?.GetValue<string>();
        if (string.Equals(type, "userFills", StringComparison.Ordinal))
        {
            var user = subscription["user"]!.GetValue<string>().ToLowerInvariant();
            var fills = Venue.HasAccount(user) ? Venue.Fills(user, DateTimeOffset.MinValue).TakeLast(2000) : [];
            await connection.SendAsync(Data("userFills", new JsonObject { ["isSnapshot"] = true, ["user"] = user, ["fills"] = new JsonArray([.. fills.Select(f => (JsonNode)HyperliquidJson.Fill(f))]) }));
            return;
        }

        if (coin is null || Venue.FindInstrument(coin) is null)
        {
            return;
        }

        var top = Venue.TopOfBook(coin);
        VenueEvent? current = type switch
        {
            "bbo" or "l2Book" => new BookChanged(top),
            "candle" when Trading.MarketData.Timeframe.TryParse(subscription["interval"]?.GetValue<string>(), out var timeframe) =>
                Venue.Candles(coin, timeframe, Now - timeframe.Duration, Now.AddMilliseconds(1)) is { Count: > 0 } bars
                    ? new CandleChanged(new MarketData.CandleUpdate(coin, timeframe, bars[^1], IsClosed: false))
                    : null,
            _ => null,
        };
        if (current is not null)
        {
            foreach (var (message, _) in Messages(connection, current).Where(m => m.Message["channel"]?.GetValue<string>() is var c && string.Equals(c, type, StringComparison.Ordinal)))
            {
                await connection.SendAsync(message);
            }
        }
    }

    private async Task PushAsync(SocketConnection connection, VenueFeed feed)
    {
        JsonObject? held = null;
        await foreach (var venueEvent in feed.Events.ReadAllAsync(connection.Closing))
        {
            foreach (var (message, isAccountEvent) in Messages(connection, venueEvent))
            {
                if (!isAccountEvent)
                {
                    await connection.SendAsync(message);
                    continue;
                }

                switch (Venue.Faults.Next(FaultPoint.StreamEvent))
                {
                    case FaultKind.Disconnect:
                        connection.Abort();
                        return;
                    case FaultKind.Duplicate:
                        await connection.SendAsync(message);
                        await connection.SendAsync(message);
                        break;
                    case FaultKind.Reorder when held is null:
                        held = message;
                        continue;
                    default:
                        await connection.SendAsync(message);
                        break;
                }

                if (held is not null)
                {
                    await connection.SendAsync(held);
                    held = null;
                }
            }
        }
    }

    private IEnumerable<(JsonObject Message, bool IsAccountEvent)> Messages(SocketConnection connection, VenueEvent venueEvent)
    {
        foreach (var subscription in connection.Subscriptions.Values)
        {
            var type = subscription["type"]?.GetValue<string>();
            var coin = subscription["coin"]?.GetValue<string>();
            var user = subscription["user"]?.GetValue<string>();
            switch (venueEvent)
            {
                case AccountFilled filled when string.Equals(type, "userFills", StringComparison.Ordinal) && Same(user, filled.Account):
                    yield return (Data("userFills", new JsonObject { ["user"] = filled.Account, ["fills"] = new JsonArray(HyperliquidJson.Fill(filled.Fill)) }), true);
                    break;
                case AccountFilled filled when string.Equals(type, "userEvents", StringComparison.Ordinal) && Same(user, filled.Account):
                    yield return (Data("user", new JsonObject { ["fills"] = new JsonArray(HyperliquidJson.Fill(filled.Fill)) }), true);
                    break;
                case OrderChanged changed when string.Equals(type, "orderUpdates", StringComparison.Ordinal) && Same(user, changed.Account):
                    yield return (Data("orderUpdates", new JsonArray(new JsonObject
                    {
                        ["order"] = HyperliquidJson.Order(changed.Status.Order),
                        ["status"] = changed.Status.VenueStatus,
                        ["statusTimestamp"] = HyperliquidJson.Millis(changed.Status.StatusTime),
                    })), false);
                    break;
                case TradePrinted printed when string.Equals(type, "trades", StringComparison.Ordinal) && string.Equals(coin, printed.Trade.Symbol, StringComparison.Ordinal):
                    yield return (Data("trades", new JsonArray(TradeMessage(printed.Trade))), false);
                    break;
                case BookChanged book when string.Equals(type, "bbo", StringComparison.Ordinal) && string.Equals(coin, book.Top.Symbol, StringComparison.Ordinal):
                    yield return (Data("bbo", new JsonObject
                    {
                        ["coin"] = book.Top.Symbol,
                        ["time"] = HyperliquidJson.Millis(book.Top.Time),
                        ["bbo"] = new JsonArray(Level(book.Top.BidPrice!.Value, book.Top.BidSize), Level(book.Top.AskPrice!.Value, book.Top.AskSize)),
                    }), false);
                    break;
                case BookChanged book when string.Equals(type, "l2Book", StringComparison.Ordinal) && string.Equals(coin, book.Top.Symbol, StringComparison.Ordinal):
                    yield return (Data("l2Book", Book(book.Top.Symbol)), false);
                    break;
                case BookChanged when string.Equals(type, "allMids", StringComparison.Ordinal):
                    yield return (Data("allMids", new JsonObject
                    {
                        ["mids"] = new JsonObject([.. Venue.Mids().Select(m => KeyValuePair.Create(m.Key, (JsonNode?)HyperliquidJson.Number(m.Value)))]),
                    }), false);
                    break;
                case CandleChanged candle when string.Equals(type, "candle", StringComparison.Ordinal)
                    && string.Equals(coin, candle.Update.Symbol, StringComparison.Ordinal)
                    && string.Equals(subscription["interval"]?.GetValue<string>(), candle.Update.Timeframe.Name, StringComparison.Ordinal):
                    yield return (Data("candle", HyperliquidJson.Candle(candle.Update.Symbol, candle.Update.Timeframe, candle.Update.Bar)), false);
                    break;
                default:
                    break;
            }
        }
    }

    private static JsonObject TradeMessage(Exchange.MarketData.PublicTrade trade) => new()
    {
        ["coin"] = trade.Symbol,
        ["side"] = HyperliquidJson.Side(trade.AggressorSide),
        ["px"] = HyperliquidJson.Number(trade.Price),
        ["sz"] = HyperliquidJson.Number(trade.Size),
        ["hash"] = "0x" + trade.TradeId.ToString("x64", System.Globalization.CultureInfo.InvariantCulture),
        ["time"] = HyperliquidJson.Millis(trade.Time),
        ["tid"] = trade.TradeId,
        ["users"] = new JsonArray("0x0000000000000000000000000000000000000000", "0x0000000000000000000000000000000000000000"),
    };

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static JsonObject Data(string channel, JsonNode data) => new() { ["channel"] = channel, ["data"] = data };

    private static string SubscriptionKey(JsonObject subscription) =>
        string.Join('|', subscription.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value?.ToJsonString()}"));

    /// <summary>One WebSocket connection: serialized sends, its subscriptions, and a token that fires when it closes.</summary>
    private sealed class SocketConnection(WebSocket socket, CancellationToken aborted)
    {
        private readonly SemaphoreSlim sendGate = new(1, 1);
        private readonly CancellationTokenSource closing = CancellationTokenSource.CreateLinkedTokenSource(aborted);

        public System.Collections.Concurrent.ConcurrentDictionary<string, JsonObject> Subscriptions { get; } = new(StringComparer.Ordinal);

        public CancellationToken Closing => closing.Token;

        public Task SendAsync(JsonNode message) => SendTextAsync(message.ToJsonString());

        public async Task SendTextAsync(string text)
        {
            await sendGate.WaitAsync(Closing);
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, Closing);
            }
            finally
            {
                sendGate.Release();
            }
        }

        public async Task<string?> ReceiveTextAsync()
        {
            var buffer = new byte[8192];
            using var message = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, Closing);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(message.ToArray());
                }
            }
        }

        public void Close() => closing.Cancel();

        public void Abort()
        {
            socket.Abort();
            closing.Cancel();
        }
    }
}
