using System.CommandLine;
using System.Globalization;
using FractalTrader.Cli.Terminal;
using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Hyperliquid.Venue;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Exchange.Simulated.Faults;
using FractalTrader.Exchange.Simulated.Persistence;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Cli.Venue;

/// <summary>
/// <c>fractal venue</c>: the simulated exchange served with Hyperliquid's API on 127.0.0.1, for
/// demos without internet and for kill-and-restart drills (<c>--state</c> keeps its state in SQLite).
/// </summary>
public static class VenueCommand
{
    private const int SyntheticHistoryBars = 5000;
    private const int ReplayHistoryBars = 500;

    /// <summary>The command.</summary>
    public static Command Create()
    {
        var command = new Command("venue", "Run the simulated exchange with Hyperliquid's HTTP + WebSocket API on 127.0.0.1 until stopped");
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0 picks a free one)", Required = true };
        var data = new Option<string[]>("--data") { Description = "Candle CSV files to replay: PATH (symbol from the file name, e.g. BTC-1h.csv) or SYMBOL=PATH", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Seed of synthetic prices, slippage and probabilistic faults", DefaultValueFactory = _ => 1 };
        var faults = new Option<string?>("--faults") { Description = "Faults to inject, e.g. rate-limit@5x20,timeout-after@3,disconnect=0.05" };
        var state = new Option<FileInfo?>("--state") { Description = "SQLite file keeping accounts, orders, fills and markets across restarts" };
        var accounts = new Option<string[]>("--account") { Description = "Account address allowed to trade (repeatable)", AllowMultipleArgumentsPerToken = true };
        var keyEnv = new Option<string?>("--key-env") { Description = "Also open an account for the key in this environment variable" };
        var balance = new Option<decimal>("--balance") { Description = "Starting balance of new accounts (USD)", DefaultValueFactory = _ => 10_000m };
        var mainnet = new Option<bool>("--mainnet-signatures") { Description = "Accept mainnet signatures instead of testnet ones" };
        var history = HistoryBarsOption();
        var speed = new Option<double>("--speed") { Description = "Market seconds per wall second (3600 replays an hour of bars per second); clients must run the same clock", DefaultValueFactory = _ => 1 };
        var clockOrigin = new Option<string?>("--clock-origin") { Description = "ISO time at which market time equals wall time (give clients the same); default: resume where --state left off, else now" };
        foreach (var option in new Option[] { port, data, seed, faults, state, accounts, keyEnv, balance, mainnet, history, speed, clockOrigin })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, ct) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var replayed = LoadData(parseResult.GetValue(data) ?? []);
            var options = new SimulatedVenueOptions
            {
                Seed = parseResult.GetValue(seed),
                Faults = FaultPlan.Parse(parseResult.GetValue(faults)),
                Data = replayed,
                StartingBalance = parseResult.GetValue(balance),
                HistoryBars = parseResult.GetValue(history) ?? (replayed.Count == 0 ? SyntheticHistoryBars : ReplayHistoryBars),
            };
            using var store = parseResult.GetValue(state) is { } file ? VenueStateStore.Open(file.FullName) : null;
            var clock = MarketClock(parseResult.GetValue(speed), parseResult.GetValue(clockOrigin), store);
            using var venue = new SimulatedVenue(options, clock, store);
            var addresses = (parseResult.GetValue(accounts) ?? []).Select(a => WalletAddress.Parse(a).Text).ToList();
            if (parseResult.GetValue(keyEnv) is { } variable)
            {
                addresses.Add(PrivateKeySource.FromEnvironment(variable).Address.Text);
            }

            foreach (var address in addresses)
            {
                venue.OpenAccount(address);
            }

            var network = parseResult.GetValue(mainnet) ? HyperliquidNetwork.Mainnet : HyperliquidNetwork.Testnet;
            if (clock is AcceleratedClock accelerated)
            {
                await output.WriteLineAsync($"market clock x{accelerated.Speed.ToString(CultureInfo.InvariantCulture)}: {accelerated.MarketOrigin:O} at wall {accelerated.WallOrigin:O}");
            }

            await ServeAsync(venue, new FakeHyperliquidVenueOptions { Port = parseResult.GetValue(port), Network = network }, addresses, output, ct);
            return 0;
        }));
        return command;
    }

    private static Option<int?> HistoryBarsOption()
    {
        var history = new Option<int?>("--history-bars")
        {
            Description = $"Bars of history before now (default {SyntheticHistoryBars}, the latest 5000 Hyperliquid keeps, or {ReplayHistoryBars} with --data); a replayed file gives at most this many of its first bars, the rest replays live",
        };
        history.Validators.Add(result =>
        {
            if (result.GetValue(history) is < 0)
            {
                result.AddError("--history-bars must not be negative.");
            }
        });
        return history;
    }

    private static async Task ServeAsync(SimulatedVenue venue, FakeHyperliquidVenueOptions serverOptions, List<string> addresses, TextWriter output, CancellationToken ct)
    {
        await using var server = await FakeHyperliquidVenue.StartAsync(venue, serverOptions, ct);
        await output.WriteLineAsync($"venue listening on {server.BaseUrl} (WebSocket {new UriBuilder(server.BaseUrl) { Scheme = "ws", Path = "/ws" }.Uri}), {serverOptions.Network} signatures, seed {venue.Options.Seed}");
        foreach (var address in addresses)
        {
            await output.WriteLineAsync($"account {address} equity {venue.Account(address).Equity}");
        }

        if (addresses.Count == 0)
        {
            await output.WriteLineAsync("no accounts opened: every signed action will be answered \"User or API Wallet … does not exist.\"");
        }

        await output.FlushAsync(ct);
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("venue stopped");
        }
    }

    /// <summary>The venue's clock: the system clock, or an accelerated one anchored at the origin (or resuming the saved market time).</summary>
    private static TimeProvider MarketClock(double speed, string? origin, VenueStateStore? store)
    {
        if (!double.IsFinite(speed) || speed < 1)
        {
            throw new FormatException($"--speed {speed.ToString(CultureInfo.InvariantCulture)} must be a number of at least 1");
        }

        var wallNow = TimeProvider.System.GetUtcNow();
        if (origin is not null)
        {
            if (!DateTimeOffset.TryParse(origin, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var anchor))
            {
                throw new FormatException($"--clock-origin '{origin}' is not an ISO 8601 time");
            }

            return new AcceleratedClock(anchor, anchor, speed);
        }

        return speed == 1 && store is null ? TimeProvider.System : new AcceleratedClock(store?.LastMarketTime() ?? wallNow, wallNow, speed);
    }

    private static Dictionary<string, IReadOnlyList<Candle>> LoadData(IEnumerable<string> specs)
    {
        var data = new Dictionary<string, IReadOnlyList<Candle>>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var split = spec.IndexOf('=', StringComparison.Ordinal);
            var path = split > 0 ? spec[(split + 1)..] : spec;
            var symbol = split > 0 ? spec[..split] : Path.GetFileNameWithoutExtension(path).Split('-', '_', '.')[0];
            data[symbol] = CandleCsv.Read(path);
        }

        return data;
    }
}
