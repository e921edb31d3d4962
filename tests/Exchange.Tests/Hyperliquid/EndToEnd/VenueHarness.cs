using FractalTrader.Exchange.Hyperliquid.Client;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Hyperliquid.Venue;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Exchange.Simulated.Faults;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Exchange.Tests.Hyperliquid.EndToEnd;

/// <summary>The fake venue on 127.0.0.1 (port 0) and a real client, sharing one driven clock.</summary>
internal sealed class VenueHarness : IAsyncDisposable
{
    /// <summary>The SDK's public test key (never funded); its address is the venue's account.</summary>
    public const string KeyHex = "0x0123456789012345678901234567890123456789012345678901234567890123";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private VenueHarness(DrivenClock clock, SimulatedVenue venue, FakeHyperliquidVenue fake, HyperliquidClient client, PrivateKey key)
    {
        Clock = clock;
        Venue = venue;
        Fake = fake;
        Client = client;
        Key = key;
    }

    public DrivenClock Clock { get; }

    public SimulatedVenue Venue { get; }

    public FakeHyperliquidVenue Fake { get; }

    public HyperliquidClient Client { get; }

    public PrivateKey Key { get; }

    public string Account => Key.Address.Text;

    public static async Task<VenueHarness> StartAsync(string faults = "", string? clientKeyHex = null, ILoggerFactory? logs = null, Func<HyperliquidClientOptions, HyperliquidClientOptions>? tune = null)
    {
        var clock = new DrivenClock();
        var venue = new SimulatedVenue(new SimulatedVenueOptions { MaxSlippage = 0, Faults = FaultPlan.Parse(faults) }, clock);
        var key = PrivateKey.Parse(KeyHex, "test key");
        venue.OpenAccount(key.Address.Text, 100_000m);
        var fake = await FakeHyperliquidVenue.StartAsync(venue, new FakeHyperliquidVenueOptions { LoggerFactory = logs });
        var options = new HyperliquidClientOptions
        {
            BaseUrl = fake.BaseUrl,
            RequestTimeout = TimeSpan.FromSeconds(30),
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            AmbiguityLookupSpacing = TimeSpan.Zero,
            MaxRetries = 8,
        };
        var clientKey = clientKeyHex is null ? key : PrivateKey.Parse(clientKeyHex, "client key");
        var client = new HyperliquidClient(clientKey, tune?.Invoke(options) ?? options, clock, logs?.CreateLogger<HyperliquidClient>());
        return new VenueHarness(clock, venue, fake, client, key);
    }

    public static OrderRequest Limit(string symbol, OrderSide side, decimal size, decimal price, string signal, bool reduceOnly = false) =>
        new(symbol, side, OrderKind.Limit, size, ClientOrderId.FromSignal(signal), LimitPrice: price, ReduceOnly: reduceOnly);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Fake.DisposeAsync();
        Venue.Dispose();
    }
}
