using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.MarketData;
using FractalTrader.Exchange.Orders;
using FractalTrader.Trading.MarketData;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <content>Live streams over the shared WebSocket, repaired over REST after every (re)connection.</content>
public sealed partial class HyperliquidClient
{
    /// <inheritdoc />
    public async IAsyncEnumerable<CandleUpdate> StreamCandlesAsync(string symbol, Timeframe timeframe, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = socket.Subscribe($"candle|{symbol}|{timeframe.Name}", new JsonObject { ["type"] = "candle", ["coin"] = symbol, ["interval"] = timeframe.Name }, out var subscription);
        using (subscription)
        {
            DateTimeOffset? forming = null;
            DateTimeOffset? nextToClose = null;
            await foreach (var data in reader.ReadAllAsync(cancellationToken))
            {
                if (data is null)
                {
                    continue;
                }

                var bar = HyperliquidJson.ReadCandle(data);
                if (forming is { } current && bar.OpenTime > current)
                {
                    // A newer bar means every bar before it is final: take them from REST, which also
                    // covers bars that formed while the connection was down.
                    foreach (var closed in await GetCandlesAsync(symbol, timeframe, nextToClose ?? current, bar.OpenTime, cancellationToken))
                    {
                        nextToClose = closed.OpenTime + timeframe.Duration;
                        yield return new CandleUpdate(symbol, timeframe, closed, IsClosed: true);
                    }
                }

                if (forming is null || bar.OpenTime >= forming)
                {
                    forming = bar.OpenTime;
                    yield return new CandleUpdate(symbol, timeframe, bar, IsClosed: false);
                }
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PublicTrade> StreamTradesAsync(string symbol, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = socket.Subscribe($"trades|{symbol}", new JsonObject { ["type"] = "trades", ["coin"] = symbol }, out var subscription);
        using (subscription)
        {
            var seen = new HashSet<long>();
            await foreach (var data in reader.ReadAllAsync(cancellationToken))
            {
                foreach (var item in data?.AsArray() ?? [])
                {
                    var trade = HyperliquidJson.Object(item, "trade");
                    var id = HyperliquidJson.Long(trade, "tid");
                    if (seen.Add(id))
                    {
                        yield return new PublicTrade(
                            symbol,
                            string.Equals(HyperliquidJson.String(trade, "side"), "B", StringComparison.Ordinal) ? OrderSide.Buy : OrderSide.Sell,
                            HyperliquidJson.Decimal(trade, "px"),
                            HyperliquidJson.Decimal(trade, "sz"),
                            id,
                            HyperliquidJson.Time(HyperliquidJson.Long(trade, "time")));
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<TopOfBook> StreamTopOfBookAsync(string symbol, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = socket.Subscribe($"bbo|{symbol}", new JsonObject { ["type"] = "bbo", ["coin"] = symbol }, out var subscription);
        using (subscription)
        {
            await foreach (var data in reader.ReadAllAsync(cancellationToken))
            {
                if (data is null)
                {
                    continue;
                }

                var book = HyperliquidJson.Object(data, "bbo");
                var levels = book["bbo"]!.AsArray();
                var bid = levels[0] as JsonObject;
                var ask = levels.Count > 1 ? levels[1] as JsonObject : null;
                yield return new TopOfBook(
                    symbol,
                    bid is null ? null : HyperliquidJson.Decimal(bid, "px"),
                    bid is null ? 0 : HyperliquidJson.Decimal(bid, "sz"),
                    ask is null ? null : HyperliquidJson.Decimal(ask, "px"),
                    ask is null ? 0 : HyperliquidJson.Decimal(ask, "sz"),
                    HyperliquidJson.Time(HyperliquidJson.Long(book, "time")));
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Fill> StreamFillsAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var user = Account.Text;
        var reader = socket.Subscribe("userFills", new JsonObject { ["type"] = "userFills", ["user"] = user }, out var subscription);
        using (subscription)
        {
            var dedup = new FillDeduplication(since);
            await foreach (var data in reader.ReadAllAsync(cancellationToken))
            {
                // After every (re)connection: fetch what happened since the last fill seen, so a fill
                // pushed while the socket was down is never missed.
                var batch = data is null
                    ? await GetFillsAsync(dedup.LastSeenTime, cancellationToken)
                    : [.. (data["fills"]?.AsArray() ?? []).Select(f => HyperliquidJson.ReadFill(f!)).Where(f => f.Time >= since).OrderBy(f => f.TradeId)];
                foreach (var fill in batch)
                {
                    if (dedup.Admit(fill))
                    {
                        logger.LogDebug("Fill {TradeId} {Symbol} {Size}@{Price}", fill.TradeId, fill.Symbol, fill.Size.ToString(CultureInfo.InvariantCulture), fill.Price.ToString(CultureInfo.InvariantCulture));
                        yield return fill;
                    }
                }
            }
        }
    }
}
