using System.Security.Cryptography;
using FractalTrader.Exchange.Hyperliquid.Client;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Testing;

namespace FractalTrader.Drills.Tests;

/// <summary>A drill's world: a temp folder, a fresh key, the venue process with persisted state and a client reading it.</summary>
internal sealed class DrillRig : IAsyncDisposable
{
    private readonly TemporaryFolder folder = new();

    private DrillRig(DrillClock clock, string key)
    {
        Clock = clock;
        Environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [DrillNode.KeyVariable] = "0x" + key,

            // Reconcile every second (logged at debug when nothing diverged), so the drill sees many comparisons.
            ["CONFIG_FORCE_fractal_node_reconcile__interval"] = "1s",
            ["FRACTAL_LOG_LEVEL"] = "Debug",
        };
        Client = new HyperliquidClient(PrivateKey.Parse(key, "drill key"));
    }

    public DrillClock Clock { get; }

    public IReadOnlyDictionary<string, string?> Environment { get; }

    public DrillVenue Venue { get; private set; } = null!;

    public HyperliquidClient Client { get; private set; }

    public string Folder => folder.Path;

    public string JournalPath => Path.Combine(Folder, "state", "journal.db");

    public static async Task<DrillRig> StartAsync(double speed)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var rig = new DrillRig(new DrillClock(TimeProvider.System.GetUtcNow(), speed), key);
        rig.Venue = await DrillVenue.StartAsync(rig.Folder, rig.Clock, DrillNode.KeyVariable, rig.Environment);
        await rig.Client.DisposeAsync();
        rig.Client = new HyperliquidClient(PrivateKey.Parse(key, "drill key"), new HyperliquidClientOptions { BaseUrl = rig.Venue.Url });
        return rig;
    }

    public ChildProcess StartNode() => DrillNode.Start(Folder, Venue.Url, Clock, JournalPath, Environment);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        if (Venue is not null)
        {
            await Venue.DisposeAsync();
        }

        folder.Dispose();
    }
}
