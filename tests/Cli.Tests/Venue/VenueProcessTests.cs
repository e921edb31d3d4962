using System.Diagnostics;
using FractalTrader.Exchange.Hyperliquid.Client;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Orders;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Cli.Tests.Venue;

/// <summary>`fractal venue` as its own process: a real client trades against it, it is killed and restarted on its state file.</summary>
public sealed class VenueProcessTests : IDisposable
{
    private const string KeyVariable = "FRACTAL_VENUE_TEST_KEY";
    private const string KeyHex = "0x0123456789012345678901234567890123456789012345678901234567890123";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string directory = Directory.CreateTempSubdirectory("cli-venue-").FullName;

    [Fact]
    public async Task Venue_process_killed_and_restarted_on_its_state_file_keeps_the_resting_order()
    {
        var state = Path.Combine(directory, "venue.db");
        var key = PrivateKey.Parse(KeyHex, "test key");
        var order = new OrderRequest("ETH", OrderSide.Buy, OrderKind.Limit, 0.01m, ClientOrderId.FromSignal("drill"), LimitPrice: 1000m);
        long orderId;
        using (var first = await StartVenueAsync(state))
        {
            await using var client = new HyperliquidClient(key, new HyperliquidClientOptions { BaseUrl = first.Url });
            orderId = (await client.PlaceOrderAsync(order)).OrderId;
            first.Process.Kill(entireProcessTree: true);
            await first.Process.WaitForExitAsync().WaitAsync(Patience);
        }

        using var second = await StartVenueAsync(state);
        await using var again = new HyperliquidClient(key, new HyperliquidClientOptions { BaseUrl = second.Url });

        (await again.GetOpenOrdersAsync()).Should().ContainSingle(o => o.OrderId == orderId && o.ClientOrderId == order.ClientOrderId);
        (await again.GetOrderStatusAsync(order.ClientOrderId))!.State.Should().Be(OrderState.Open);
    }

    [Fact]
    public async Task Venue_serves_a_day_of_one_minute_candles_by_default()
    {
        using var venue = await StartVenueAsync(Path.Combine(directory, "history.db"));
        var file = Path.Combine(directory, "btc-1m.csv");

        var run = await FractalCli.RunAsync("data", "fetch", "--symbol", "BTC", "--interval", "1m", "--days", "1", "--out", file, "--url", venue.Url.ToString());

        run.ExitCode.Should().Be(0, run.Error);
        CandleCsv.Read(file).Count.Should().BeInRange(1430, 1440);
    }

    public void Dispose()
    {
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<RunningVenue> StartVenueAsync(string state)
    {
        var fractal = Path.Combine(AppContext.BaseDirectory, "fractal.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { fractal, "venue", "--port", "0", "--key-env", KeyVariable, "--state", state },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[KeyVariable] = KeyHex;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start fractal venue");
        using var timeout = new CancellationTokenSource(Patience);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            const string Marker = "venue listening on ";
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                return new RunningVenue(process, new Uri(line[Marker.Length..].Split(' ')[0]));
            }
        }

        throw new InvalidOperationException("fractal venue exited before listening: " + await process.StandardError.ReadToEndAsync());
    }

    private sealed record RunningVenue(Process Process, Uri Url) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }
    }
}
