using FractalTrader.Runtime;
using System.Globalization;
using System.Net;
using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Runtime.Configuration;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using Serilog.Events;

namespace FractalTrader.Host.Configuration;

/// <summary>
/// Reads and checks <see cref="NodeHostSettings"/> from a resolved configuration. Every problem is
/// a <see cref="HoconException"/> naming the file, line and key with the reason, e.g.
/// <c>hocon/fractal.conf:30:5: fractal.node.market.speed: must be at least 1, found 0</c>. Stateless.
/// </summary>
public static partial class NodeHostSettingsReader
{
    private const string Node = "fractal.node";

    /// <summary>Reads the settings.</summary>
    /// <exception cref="HoconException">A key is missing, has the wrong type or an unusable value.</exception>
    public static NodeHostSettings Read(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var symbols = config.GetStringList($"{Node}.symbols");
        if (symbols.Count == 0 || symbols.Any(string.IsNullOrWhiteSpace) || symbols.Distinct(StringComparer.Ordinal).Count() != symbols.Count)
        {
            throw config.BadValue($"{Node}.symbols", "must name at least one coin, each once");
        }

        return new NodeHostSettings
        {
            NodeName = NonEmpty(config, $"{Node}.name"),
            Symbols = symbols,
            Timeframe = Parse(config, $"{Node}.timeframe", "a bar interval such as 1m, 15m, 1h or 1d", (string s, out Timeframe t) => Timeframe.TryParse(s, out t)),
            Strategies = ReadStrategies(config),
            ReconcileInterval = config.GetPositiveDuration($"{Node}.reconcile-interval"),
            ShutdownTimeout = config.GetPositiveDuration($"{Node}.shutdown-timeout"),
            SnapshotEvery = config.GetInt("fractal.persistence.snapshot.every-n-events", 1),
            Journal = ReadJournal(config),
            Health = ReadHealth(config),
            Market = ReadMarket(config),
            Venue = ReadVenue(config),
            Logging = ReadLogging(config),
            Risk = ReadRisk(config),
            Reconciliation = ReadReconciliation(config),
            Actors = ActorSystemOptions.FromConfig(config),
        };
    }

    private static IReadOnlyList<StrategyKind> ReadStrategies(Config config)
    {
        var path = $"{Node}.strategies";
        var names = config.GetStringList(path);
        var kinds = new List<StrategyKind>();
        foreach (var name in names)
        {
            if (!StrategyKind.TryParse(name, out var kind))
            {
                throw config.BadValue(path, $"unknown strategy '{name}'; known: {string.Join(", ", StrategyKind.All)}");
            }

            kinds.Add(kind);
        }

        return kinds.Count > 0 ? kinds : throw config.BadValue(path, "must name at least one strategy");
    }

    private static SqliteJournalOptions ReadJournal(Config config)
    {
        const string Sqlite = "fractal.persistence.journal.sqlite";
        var plugin = config.GetString("fractal.persistence.journal.plugin");
        if (!string.Equals(plugin, "sqlite", StringComparison.Ordinal))
        {
            throw config.BadValue("fractal.persistence.journal.plugin", $"the single-node host journals to \"sqlite\", found '{plugin}'");
        }

        return new SqliteJournalOptions(NonEmpty(config, $"{Sqlite}.path"))
        {
            Synchronous = Parse(config, $"{Sqlite}.synchronous", "one of off, normal, full, extra", (string s, out SqliteSynchronousMode m) => Enum.TryParse(s, ignoreCase: true, out m) && Enum.IsDefined(m)),
            MaxBatchRows = config.GetInt($"{Sqlite}.max-batch-rows", 1),
            PageSize = config.GetInt($"{Sqlite}.page-size", 1),
            LiveQueryPollInterval = config.GetPositiveDuration($"{Sqlite}.live-query-poll-interval"),
            MaxPageCount = config.IsNull($"{Sqlite}.max-page-count") ? null : config.GetLong($"{Sqlite}.max-page-count"),
        };
    }

    private static HealthEndpointSettings ReadHealth(Config config)
    {
        var host = $"{Node}.health.host";
        var address = Parse(config, host, "an IP address", (string s, out IPAddress a) => IPAddress.TryParse(s, out a!));
        if (!IPAddress.IsLoopback(address))
        {
            throw config.BadValue(host, $"health endpoints stay on loopback (127.0.0.1 or ::1), found {address}");
        }

        var port = config.GetInt($"{Node}.health.port");
        return port is < 0 or > 65535 ? throw config.BadValue($"{Node}.health.port", $"must be a TCP port 0..65535, found {port}") : new HealthEndpointSettings(address, port);
    }

    private static MarketClockSettings ReadMarket(Config config)
    {
        var speedPath = $"{Node}.market.speed";
        var speed = config.GetDouble(speedPath);
        if (!double.IsFinite(speed) || speed < 1)
        {
            throw config.BadValue(speedPath, $"must be at least 1 (market seconds per wall second), found {speed.ToString(CultureInfo.InvariantCulture)}");
        }

        var originPath = $"{Node}.market.clock-origin";
        DateTimeOffset? origin = config.IsNull(originPath)
            ? null
            : Parse(config, originPath, "an ISO 8601 time such as 2026-01-01T00:00:00Z",
                (string s, out DateTimeOffset t) => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out t));
        return new MarketClockSettings(speed, origin);
    }

    private static VenueSettings ReadVenue(Config config)
    {
        var venue = $"{Node}.venue";
        Uri? url = null;
        if (!config.IsNull($"{venue}.url"))
        {
            url = Parse(config, $"{venue}.url", "an absolute http(s) URL such as http://127.0.0.1:8600",
                (string s, out Uri u) => Uri.TryCreate(s, UriKind.Absolute, out u!) && (string.Equals(u.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal) || string.Equals(u.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal)));
        }

        var key = config.IsNull($"{venue}.private-key") ? null : config.GetString($"{venue}.private-key");
        if (url is not null && string.IsNullOrWhiteSpace(key))
        {
            throw config.BadValue($"{venue}.private-key", "is required to trade on a venue URL (set FRACTAL_HYPERLIQUID_PRIVATE_KEY)");
        }

        if (!string.IsNullOrWhiteSpace(key))
        {
            try
            {
                _ = PrivateKey.Parse(key, "the key");
            }
            catch (FormatException)
            {
                throw config.BadValue($"{venue}.private-key", "does not hold a private key (expected 64 hex digits, optionally prefixed by 0x)");
            }
        }

        return new VenueSettings
        {
            Url = url,
            Network = Parse(config, $"{venue}.network", "testnet or mainnet", (string s, out HyperliquidNetwork n) => Enum.TryParse(s, ignoreCase: true, out n) && Enum.IsDefined(n)),
            PrivateKey = string.IsNullOrWhiteSpace(key) ? null : new SecretText(key.Trim()),
            Account = config.IsNull($"{venue}.account") ? null : NonEmpty(config, $"{venue}.account"),
            Simulated = ReadSimulated(config),
        };
    }

    private static SimulatedVenueSettings ReadSimulated(Config config)
    {
        var simulated = $"{Node}.simulated";
        var data = new List<(string, string)>();
        foreach (var spec in config.GetStringList($"{simulated}.data"))
        {
            var split = spec.IndexOf('=', StringComparison.Ordinal);
            var path = split > 0 ? spec[(split + 1)..] : spec;
            var symbol = split > 0 ? spec[..split] : SymbolOf(path);
            data.Add((symbol, path));
        }

        var balance = config.GetDecimal($"{simulated}.starting-balance");
        if (balance <= 0)
        {
            throw config.BadValue($"{simulated}.starting-balance", $"must be positive, found {balance.ToString(CultureInfo.InvariantCulture)}");
        }

        return new SimulatedVenueSettings(data, config.GetInt($"{simulated}.seed"), balance, NonEmpty(config, $"{simulated}.state-path"));
    }

    /// <summary>The coin a bundled file is named after: <c>data/synthetic-BTC-1h.csv</c> is BTC.</summary>
    private static string SymbolOf(string path)
    {
        var parts = Path.GetFileNameWithoutExtension(path).Split('-', '_', '.');
        return parts.Length > 1 && string.Equals(parts[0], "synthetic", StringComparison.OrdinalIgnoreCase) ? parts[1] : parts[0];
    }

    private static LogSettings ReadLogging(Config config)
    {
        const string Logging = "fractal.logging";
        return new LogSettings(
            Parse(config, $"{Logging}.level", "Verbose, Debug, Information, Warning, Error or Fatal", (string s, out LogEventLevel l) => Enum.TryParse(s, ignoreCase: true, out l) && Enum.IsDefined(l)),
            config.GetBoolean($"{Logging}.console.enabled"),
            config.GetBoolean($"{Logging}.file.enabled"),
            NonEmpty(config, $"{Logging}.file.directory"),
            config.GetBytes($"{Logging}.file.max-file-size") is var size and > 0 ? size : throw config.BadValue($"{Logging}.file.max-file-size", "must be positive"),
            config.GetInt($"{Logging}.file.retained-files", 1));
    }

    private delegate bool TryParser<T>(string text, out T value);

    private static T Parse<T>(Config config, string path, string expected, TryParser<T> parse)
    {
        var text = config.GetString(path);
        return parse(text, out var value) ? value : throw config.BadValue(path, $"expected {expected}, found '{text}'");
    }

    private static string NonEmpty(Config config, string path)
    {
        var text = config.GetString(path);
        return string.IsNullOrWhiteSpace(text) ? throw config.BadValue(path, "must not be empty") : text;
    }
}
