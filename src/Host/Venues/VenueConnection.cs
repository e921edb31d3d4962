using FractalTrader.Actors.Clock;
using FractalTrader.Exchange;
using FractalTrader.Exchange.Hyperliquid.Client;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Exchange.Simulated.Persistence;
using FractalTrader.Host.Configuration;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Host.Venues;

/// <summary>
/// The venue the node trades on and the market clock it shares with it: either the simulated
/// venue in this process (state in SQLite, replaying the bundled bars on an accelerated clock) or
/// a Hyperliquid-compatible API at a URL. Disposing closes the venue. Not thread-safe to dispose
/// twice; the exchange itself is thread-safe.
/// </summary>
public sealed class VenueConnection : IAsyncDisposable
{
    private readonly IAsyncDisposable? client;
    private readonly SimulatedVenue? venue;
    private readonly VenueStateStore? store;

    private VenueConnection(IExchange exchange, MarketClock clock, string description, IAsyncDisposable? client, SimulatedVenue? venue, VenueStateStore? store)
    {
        Exchange = exchange;
        Clock = clock;
        Description = description;
        this.client = client;
        this.venue = venue;
        this.store = store;
    }

    /// <summary>The venue.</summary>
    public IExchange Exchange { get; }

    /// <summary>Market time shared with the venue.</summary>
    public MarketClock Clock { get; }

    /// <summary>What the venue is, for the start-up log line (never holds a secret).</summary>
    public string Description { get; }

    /// <summary>Opens the venue the settings name.</summary>
    public static VenueConnection Open(NodeHostSettings settings, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loggers);
        return settings.Venue.Url is { } url ? OpenRemote(settings, url, loggers) : OpenSimulated(settings);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (client is not null)
        {
            await client.DisposeAsync();
        }

        venue?.Dispose();
        store?.Dispose();
    }

    private static VenueConnection OpenRemote(NodeHostSettings settings, Uri url, ILoggerFactory loggers)
    {
        var key = PrivateKey.Parse(settings.Venue.PrivateKey!.Reveal(), "fractal.node.venue.private-key");
        // A remote venue runs live time unless it was started on an accelerated clock with a known origin (a fake venue's --clock-origin).
        var (clock, speed) = settings.Market.ClockOrigin is { } origin
            ? (new AcceleratedClock(origin, origin, settings.Market.Speed), settings.Market.Speed)
            : (TimeProvider.System, 1d);
        var defaults = new HyperliquidClientOptions();
        var options = new HyperliquidClientOptions
        {
            BaseUrl = url,
            Network = settings.Venue.Network,
            Account = settings.Venue.Account is { } account ? WalletAddress.Parse(account) : null,

            // The client reads expiry from the market clock; on an accelerated clock the same wall-time budget is speed times longer.
            ActionExpiry = defaults.ActionExpiry * speed,
        };
        var hyperliquid = new HyperliquidClient(key, options, clock, loggers.CreateLogger<HyperliquidClient>());
        var description = $"Hyperliquid API at {url.GetLeftPart(UriPartial.Authority)} ({settings.Venue.Network}) as {hyperliquid.Account.Text}";
        return new VenueConnection(hyperliquid, new MarketClock(clock, speed), description, hyperliquid, null, null);
    }

    private static VenueConnection OpenSimulated(NodeHostSettings settings)
    {
        var data = new Dictionary<string, IReadOnlyList<Candle>>(StringComparer.Ordinal);
        foreach (var (symbol, path) in settings.Venue.Simulated.Data)
        {
            data[symbol] = CandleCsv.Read(BundledFile(path));
        }

        var statePath = Path.GetFullPath(settings.Venue.Simulated.StatePath);
        Directory.CreateDirectory(Path.GetDirectoryName(statePath)!);
        var state = VenueStateStore.Open(statePath);
        try
        {
            var wallNow = TimeProvider.System.GetUtcNow();
            var origin = settings.Market.ClockOrigin;
            var clock = new AcceleratedClock(origin ?? state.LastMarketTime() ?? wallNow, origin ?? wallNow, settings.Market.Speed);
            var options = new SimulatedVenueOptions
            {
                Seed = settings.Venue.Simulated.Seed,
                Data = data,
                StartingBalance = settings.Venue.Simulated.StartingBalance,
            };
            var simulated = new SimulatedVenue(options, clock, state);
            var exchange = new SimulatedExchange(simulated, settings.NodeName);
            var description = $"simulated venue in process replaying {string.Join(", ", data.Keys)} at x{settings.Market.Speed} (state {statePath})";
            return new VenueConnection(exchange, new MarketClock(clock, settings.Market.Speed), description, null, simulated, state);
        }
        catch
        {
            state.Dispose();
            throw;
        }
    }

    /// <summary>A data file as configured, or the copy shipped beside the host when run from another folder.</summary>
    private static string BundledFile(string path)
    {
        if (File.Exists(path) || Path.IsPathRooted(path))
        {
            return path;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "data", Path.GetFileName(path));
        return File.Exists(shipped) ? shipped : path;
    }
}
