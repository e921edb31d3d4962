using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <summary>
/// One WebSocket connection to Hyperliquid shared by every stream of a client: connects on first
/// use, reconnects after any drop (first attempt at once, then with doubling delays), resubscribes,
/// pings every <see cref="HyperliquidClientOptions.PingInterval"/>, and routes data messages to
/// subscribers by channel and coin. Each subscriber also receives a <c>null</c> marker after every
/// (re)connection, which is its cue to gap-fill over REST. Thread-safe.
/// </summary>
internal sealed class HyperliquidSocket : IAsyncDisposable
{
    private readonly Uri url;
    private readonly HyperliquidClientOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private readonly Dictionary<string, (JsonObject Subscription, List<Channel<JsonNode?>> Sinks)> subscriptions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly SemaphoreSlim sendGate = new(1, 1);
    private ClientWebSocket? socket;
    private Task? running;
    private ITimer? pinger;

    public HyperliquidSocket(HyperliquidClientOptions options, TimeProvider time, ILogger logger)
    {
        this.options = options;
        this.time = time;
        this.logger = logger;
        var builder = new UriBuilder(options.EffectiveBaseUrl) { Path = "/ws" };
        builder.Scheme = string.Equals(builder.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal) ? "wss" : "ws";
        url = builder.Uri;
    }

    /// <summary>Connections made so far (1 after the first connect, +1 per reconnect).</summary>
    public int Connections { get; private set; }

    /// <summary>Pings sent.</summary>
    public int PingsSent { get; private set; }

    /// <summary>Subscribes; the reader gets a <c>null</c> after each (re)connection, then data messages.</summary>
    public ChannelReader<JsonNode?> Subscribe(string key, JsonObject subscription, out IDisposable unsubscribe)
    {
        var sink = Channel.CreateUnbounded<JsonNode?>(new UnboundedChannelOptions { SingleReader = true });
        bool isNew;
        ClientWebSocket? current;
        lock (gate)
        {
            isNew = !subscriptions.TryGetValue(key, out var entry);
            if (isNew)
            {
                entry = (subscription, []);
                subscriptions[key] = entry;
            }

            entry.Sinks.Add(sink);
            current = socket;
            running ??= Task.Run(RunAsync);
        }

        if (current?.State == WebSocketState.Open)
        {
            sink.Writer.TryWrite(null);
            if (isNew)
            {
                _ = SendQuietlyAsync(current, Subscription("subscribe", subscription));
            }
        }

        unsubscribe = new Unsubscriber(() => Remove(key, sink));
        return sink.Reader;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        pinger?.Dispose();
        lock (gate)
        {
            socket?.Abort();
        }

        if (running is not null)
        {
            try
            {
                await running;
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }

        stopping.Dispose();
        sendGate.Dispose();
    }

    private static JsonObject Subscription(string method, JsonObject subscription) =>
        new() { ["method"] = method, ["subscription"] = subscription.DeepClone() };

    private void Remove(string key, Channel<JsonNode?> sink)
    {
        sink.Writer.TryComplete();
        ClientWebSocket? current = null;
        JsonObject? subscription = null;
        lock (gate)
        {
            if (subscriptions.TryGetValue(key, out var entry) && entry.Sinks.Remove(sink) && entry.Sinks.Count == 0)
            {
                subscriptions.Remove(key);
                current = socket;
                subscription = entry.Subscription;
            }
        }

        if (current is { State: WebSocketState.Open } && subscription is not null)
        {
            _ = SendQuietlyAsync(current, Subscription("unsubscribe", subscription));
        }
    }

    private async Task RunAsync()
    {
        var delay = TimeSpan.Zero;
        pinger = time.CreateTimer(_ => Ping(), null, options.PingInterval, options.PingInterval);
        while (!stopping.IsCancellationRequested)
        {
            var connection = new ClientWebSocket();
            try
            {
                await connection.ConnectAsync(url, stopping.Token);
                delay = TimeSpan.Zero;
                List<(JsonObject Subscription, List<Channel<JsonNode?>> Sinks)> current;
                lock (gate)
                {
                    socket = connection;
                    Connections++;
                    current = [.. subscriptions.Values];
                }

                logger.LogInformation("WebSocket connected to {Url} (connection {Count})", url, Connections);
                foreach (var (subscription, sinks) in current)
                {
                    foreach (var sink in sinks.ToList())
                    {
                        sink.Writer.TryWrite(null);
                    }

                    await SendAsync(connection, Subscription("subscribe", subscription));
                }

                await ReceiveAsync(connection);
            }
            catch (Exception e) when (e is WebSocketException or IOException or HttpRequestException || (e is OperationCanceledException && !stopping.IsCancellationRequested))
            {
                logger.LogWarning("WebSocket to {Url} dropped: {Error}", url, e.Message);
            }
            catch (Exception e) when (e is OperationCanceledException || (e is ObjectDisposedException && stopping.IsCancellationRequested))
            {
                // Stopping; DisposeAsync's Abort can surface in a pending receive as ObjectDisposedException.
                break;
            }
            finally
            {
                lock (gate)
                {
                    if (socket == connection)
                    {
                        socket = null;
                    }
                }

                connection.Dispose();
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            delay = delay == TimeSpan.Zero ? options.ReconnectDelay : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
        }
    }

    private async Task ReceiveAsync(ClientWebSocket connection)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await connection.ReceiveAsync(buffer, stopping.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            Route(text);
        }
    }

    private void Route(string text)
    {
        JsonObject? message;
        try
        {
            // The server's greeting ("Websocket connection established.") is not JSON; skip it, as the SDK does.
            message = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return;
        }

        var channel = message?["channel"]?.GetValue<string>();
        var data = message?["data"];
        if (channel is null || data is null || RouteKey(channel, data) is not { } key)
        {
            return;
        }

        List<Channel<JsonNode?>> sinks;
        lock (gate)
        {
            if (!subscriptions.TryGetValue(key, out var entry))
            {
                return;
            }

            sinks = [.. entry.Sinks];
        }

        foreach (var sink in sinks)
        {
            sink.Writer.TryWrite(data);
        }
    }

    /// <summary>The subscriber key a data message belongs to (the same keys <see cref="HyperliquidClient"/> subscribes with).</summary>
    private static string? RouteKey(string channel, JsonNode data) => channel switch
    {
        "candle" => $"candle|{data["s"]?.GetValue<string>()}|{data["i"]?.GetValue<string>()}",
        "trades" when data is JsonArray { Count: > 0 } trades => $"trades|{trades[0]!["coin"]?.GetValue<string>()}",
        "bbo" => $"bbo|{data["coin"]?.GetValue<string>()}",
        "l2Book" => $"l2Book|{data["coin"]?.GetValue<string>()}",
        "userFills" => "userFills",
        "orderUpdates" => "orderUpdates",
        "user" => "userEvents",
        "allMids" => "allMids",
        _ => null,
    };

    private void Ping()
    {
        ClientWebSocket? current;
        lock (gate)
        {
            current = socket;
        }

        if (current?.State == WebSocketState.Open)
        {
            PingsSent++;
            _ = SendQuietlyAsync(current, new JsonObject { ["method"] = "ping" });
        }
    }

    private async Task SendQuietlyAsync(ClientWebSocket connection, JsonObject message)
    {
        try
        {
            await SendAsync(connection, message);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The receive loop notices the broken connection and reconnects.
        }
    }

    private async Task SendAsync(ClientWebSocket connection, JsonObject message)
    {
        await sendGate.WaitAsync(stopping.Token);
        try
        {
            await connection.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, stopping.Token);
        }
        finally
        {
            sendGate.Release();
        }
    }

    private sealed class Unsubscriber(Action action) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                action();
            }
        }
    }
}
