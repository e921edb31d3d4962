using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using FractalTrader.Exchange.Simulated;

namespace FractalTrader.Exchange.Hyperliquid.Venue;

/// <summary>
/// The simulated venue served over HTTP and WebSocket on 127.0.0.1 (Kestrel), speaking the part of
/// Hyperliquid's API the client uses: <c>POST /info</c>, signed <c>POST /exchange</c> (every
/// signature recovered; an unknown signer gets Hyperliquid's own error), and <c>/ws</c>
/// subscriptions. Weight budget, nonces and expiresAfter are enforced as Hyperliquid does; the
/// venue's <see cref="Simulated.Faults.FaultInjector"/> adds timeouts, 429s, rejects and stream faults. Thread-safe.
/// </summary>
public sealed partial class FakeHyperliquidVenue : IAsyncDisposable
{
    private const string DeserializeFailure = "Failed to deserialize the JSON body into the target type";
    private readonly WebApplication app;
    private readonly FakeHyperliquidVenueOptions options;
    private readonly ILogger logger;

    private FakeHyperliquidVenue(WebApplication app, SimulatedVenue venue, FakeHyperliquidVenueOptions options, Uri baseUrl)
    {
        this.app = app;
        Venue = venue;
        this.options = options;
        BaseUrl = baseUrl;
        logger = options.LoggerFactory?.CreateLogger<FakeHyperliquidVenue>() ?? NullLogger<FakeHyperliquidVenue>.Instance;
    }

    /// <summary>The REST base, e.g. <c>http://127.0.0.1:41234</c>; the WebSocket is at <c>/ws</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The venue it serves.</summary>
    public SimulatedVenue Venue { get; }

    /// <summary>Request counters.</summary>
    public VenueTraffic Traffic { get; } = new();

    /// <summary>Starts serving <paramref name="venue"/>.</summary>
    public static async Task<FakeHyperliquidVenue> StartAsync(SimulatedVenue venue, FakeHyperliquidVenueOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(venue);
        options ??= new FakeHyperliquidVenueOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is { } loggerFactory)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var web = builder.Build();
        web.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        FakeHyperliquidVenue? self = null;
        web.MapPost("/info", context => self!.HandleInfoAsync(context));
        web.MapPost("/exchange", context => self!.HandleExchangeAsync(context));
        web.Map("/ws", context => self!.HandleSocketAsync(context));
        await web.StartAsync(cancellationToken);
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new FakeHyperliquidVenue(web, venue, options, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
        return self;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var socket in SocketsSnapshot())
        {
            socket.Abort();
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    private DateTimeOffset Now => Venue.Clock.GetUtcNow();

    private static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static Task WriteJsonAsync(HttpContext context, JsonNode? body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body?.ToJsonString() ?? "null", context.RequestAborted);
    }

    private static Task WriteTextAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    /// <summary>Answers 429 when a fault is injected or the weight budget is spent; returns whether the request may proceed.</summary>
    private async Task<bool> AdmitAsync(HttpContext context, int weight)
    {
        Traffic.CountRequest();
        if (Venue.Faults.Next(Simulated.Faults.FaultPoint.Request) == Simulated.Faults.FaultKind.RateLimit)
        {
            Traffic.CountInjectedRateLimit();
            await WriteTextAsync(context, StatusCodes.Status429TooManyRequests, "rate limited");
            return false;
        }

        if (!Traffic.TryAdmit(Now, weight, options.WeightPerMinute))
        {
            await WriteTextAsync(context, StatusCodes.Status429TooManyRequests, "rate limited");
            return false;
        }

        return true;
    }
}
