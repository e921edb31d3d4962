using System.Text.Json.Nodes;
using FractalTrader.Trading.MarketData;
using Microsoft.Extensions.Logging.Abstractions;

namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <summary>
/// Unsigned market-data requests (no key needed): paged candle history through
/// <c>candleSnapshot</c>, with the same limiter, retries and typed errors as the trading client.
/// Thread-safe.
/// </summary>
public sealed class HyperliquidMarketData : IDisposable
{
    private readonly HyperliquidRest rest;
    private readonly RequestWeightLimiter? ownLimiter;
    private readonly TimeProvider time;

    /// <summary>A stand-alone market-data client (e.g. for <c>fractal data fetch</c>).</summary>
    public HyperliquidMarketData(HyperliquidClientOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time ?? TimeProvider.System;
        ownLimiter = new RequestWeightLimiter(options.WeightPerMinute, options.RateLimitCooldown, this.time);
        rest = new HyperliquidRest(options, this.time, ownLimiter, NullLogger.Instance);
    }

    internal HyperliquidMarketData(HyperliquidRest rest, TimeProvider time)
    {
        this.rest = rest;
        this.time = time;
    }

    /// <summary>Closed bars with open time in [from, to), oldest first, fetched page by page (at most 5000 per page).</summary>
    public async Task<IReadOnlyList<Candle>> GetCandlesAsync(string symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var result = new List<Candle>();
        var cursor = from;
        while (cursor < to)
        {
            var page = await rest.InfoAsync(new JsonObject
            {
                ["type"] = "candleSnapshot",
                ["req"] = new JsonObject
                {
                    ["coin"] = symbol,
                    ["interval"] = timeframe.Name,
                    ["startTime"] = HyperliquidJson.Millis(cursor),
                    ["endTime"] = HyperliquidJson.Millis(to) - 1,
                },
            }, cancellationToken);
            var bars = page.AsArray().Select(c => HyperliquidJson.ReadCandle(c!)).Where(c => c.OpenTime >= cursor && c.OpenTime < to).ToList();
            result.AddRange(bars.Where(c => c.OpenTime + timeframe.Duration <= now));
            if (bars.Count == 0)
            {
                break;
            }

            cursor = bars[^1].OpenTime + timeframe.Duration;
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (ownLimiter is not null)
        {
            rest.Dispose();
            ownLimiter.Dispose();
        }
    }
}
