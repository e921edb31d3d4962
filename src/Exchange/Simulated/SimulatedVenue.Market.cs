using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.MarketData;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated.Persistence;
using FractalTrader.Exchange.Simulated.State;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.Simulated;

/// <content>Markets: tapes, the clock catching up bar by bar, price moves, candles and the book.</content>
public sealed partial class SimulatedVenue
{
    private readonly Dictionary<string, MarketState> markets = new(StringComparer.Ordinal);

    /// <summary>Mid prices by symbol.</summary>
    public IReadOnlyDictionary<string, decimal> Mids()
    {
        lock (gate)
        {
            CatchUp();
            return markets.ToDictionary(m => m.Key, m => m.Value.Mark, StringComparer.Ordinal);
        }
    }

    /// <summary>Best bid and ask of <paramref name="symbol"/> (a synthetic spread around the mark).</summary>
    public TopOfBook TopOfBook(string symbol)
    {
        lock (gate)
        {
            CatchUp();
            return Top(symbol);
        }
    }

    /// <summary>Bars of <paramref name="timeframe"/> with open time in [from, to), oldest first; the forming bar is last when in range.</summary>
    /// <exception cref="ArgumentException">Unknown symbol, or a timeframe that is not a multiple of the market's bar.</exception>
    public IReadOnlyList<Candle> Candles(string symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to, bool includeForming = true)
    {
        lock (gate)
        {
            CatchUp();
            var market = markets.GetValueOrDefault(symbol) ?? throw new ArgumentException($"Unknown symbol '{symbol}'.", nameof(symbol));
            var tape = market.Tape;
            var ratio = timeframe.Duration / tape.Timeframe.Duration;
            if (ratio < 1 || ratio != Math.Floor(ratio))
            {
                throw new ArgumentException($"{symbol} trades in {tape.Timeframe.Name} bars; {timeframe.Name} is not a multiple of them.", nameof(timeframe));
            }

            var step = (long)ratio;
            var result = new List<Candle>();
            var first = Math.Max(0, tape.IndexAt(from) / step * step);
            var last = Math.Min(market.FormingIndex, tape.IndexAt(to - TimeSpan.FromTicks(1)));
            for (var start = first; start <= last; start += step)
            {
                var openTime = tape.OpenTime(start);
                if (openTime < from || openTime >= to)
                {
                    continue;
                }

                var end = Math.Min(start + step - 1, market.FormingIndex);
                var closed = start + step - 1 < market.FormingIndex;
                if (!closed && !includeForming)
                {
                    break;
                }

                result.Add(Aggregate(market, start, end) with { OpenTime = openTime });
            }

            return result;
        }
    }

    /// <summary>Moves <paramref name="symbol"/>'s price now, filling and triggering orders on the way.</summary>
    /// <param name="symbol">Coin.</param>
    /// <param name="price">The new price (rounded to the instrument's tick).</param>
    /// <param name="volume">Volume traded by the move; null means unlimited liquidity for resting orders.</param>
    public void MovePrice(string symbol, decimal price, decimal? volume = null)
    {
        lock (gate)
        {
            CatchUp();
            var instrument = instruments.GetValueOrDefault(symbol) ?? throw new ArgumentException($"Unknown symbol '{symbol}'.", nameof(symbol));
            OnPrice(symbol, instrument.Rounding.RoundPrice(price), volume);
            Commit();
        }
    }

    /// <summary>Processes everything due by now (bar closes, the dead-man's switch). Every call does this first.</summary>
    public void CatchUpNow()
    {
        lock (gate)
        {
            CatchUp();
            Commit();
        }
    }

    private void CatchUpFromTimer()
    {
        try
        {
            CatchUpNow();
        }
        catch (ObjectDisposedException)
        {
            // The store closed while a timer callback was in flight: the venue is shutting down.
        }
    }

    private void BuildMarkets(VenueSnapshot? saved)
    {
        foreach (var (instrument, startPrice) in options.Universe)
        {
            var data = options.Data.GetValueOrDefault(instrument.Symbol) ?? [];
            var timeframe = data.Count >= 2 ? InferTimeframe(data) : options.SyntheticTimeframe;
            var history = data.Count > 0 ? Math.Min(options.HistoryBars, data.Count) : options.HistoryBars;
            var aligned = new DateTimeOffset(StartTime.UtcTicks - (StartTime.UtcTicks % timeframe.Duration.Ticks), TimeSpan.Zero);
            var origin = aligned - (timeframe.Duration * history);
            var tape = new CandleTape(data, timeframe, origin, options.Seed ^ StableHash(instrument.Symbol), startPrice, instrument.Rounding);
            var market = new MarketState(tape);
            if (saved?.Markets.GetValueOrDefault(instrument.Symbol) is { } cursor)
            {
                market.Load(cursor);
            }
            else
            {
                var lastHistory = history > 0 ? tape.Bar(history - 1) : tape.Bar(0);
                market.StartBar(history, history > 0 ? lastHistory.Close : lastHistory.Open);
                market.Mark = market.Close;
            }

            market.LastVolume = market.FormingIndex > 0 ? tape.Bar(market.FormingIndex - 1).Volume : 0;
            markets.Add(instrument.Symbol, market);
        }
    }

    private static Timeframe InferTimeframe(IReadOnlyList<Candle> data)
    {
        var spacing = data[1].OpenTime - data[0].OpenTime;
        return Timeframe.All.FirstOrDefault(t => t.Duration == spacing) is { Name: not null } known
            ? known
            : throw new ArgumentException($"Replay data bars are {spacing} apart, which is not a known timeframe.", nameof(data));
    }

    private static int StableHash(string text)
    {
        // FNV-1a: string.GetHashCode is randomized per process and would break reproducibility.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    private void CatchUp()
    {
        var now = time.GetUtcNow();
        foreach (var (symbol, market) in markets)
        {
            while (market.Tape.OpenTime(market.FormingIndex + 1) <= now)
            {
                CloseBar(symbol, market);
            }
        }

        RunDeadMan(now);
    }

    private void CloseBar(string symbol, MarketState market)
    {
        var index = market.FormingIndex;
        var bar = market.Tape.Bar(index);
        eventTime = market.Tape.OpenTime(index + 1) - TimeSpan.FromMilliseconds(1);
        try
        {
            // The bar's path: open, the nearer extreme first, then the other, then close.
            var firstExtreme = bar.Close >= bar.Open ? bar.Low : bar.High;
            var secondExtreme = bar.Close >= bar.Open ? bar.High : bar.Low;
            var share = bar.Volume / 4;
            foreach (var price in new[] { bar.Open, firstExtreme, secondExtreme, bar.Close })
            {
                OnPrice(symbol, price, share);
            }

            var closed = market.Forming;
            Publish(new CandleChanged(new CandleUpdate(symbol, market.Tape.Timeframe, closed, IsClosed: true)));
            market.LastVolume = bar.Volume;
            market.StartBar(index + 1, bar.Close);
            Publish(new CandleChanged(new CandleUpdate(symbol, market.Tape.Timeframe, market.Forming, IsClosed: false)));
            pending.MarketsMoved = true;
        }
        finally
        {
            eventTime = null;
        }
    }

    private Candle Aggregate(MarketState market, long start, long end)
    {
        Candle? result = null;
        for (var i = start; i <= end; i++)
        {
            var bar = i == market.FormingIndex ? market.Forming : market.Tape.Bar(i);
            result = result is not { } r
                ? bar
                : r with { High = Math.Max(r.High, bar.High), Low = Math.Min(r.Low, bar.Low), Close = bar.Close, Volume = r.Volume + bar.Volume };
        }

        return result!.Value;
    }

    private decimal Mark(string symbol) => markets.TryGetValue(symbol, out var m) ? m.Mark : 0;

    private TopOfBook Top(string symbol)
    {
        var market = markets.GetValueOrDefault(symbol) ?? throw new ArgumentException($"Unknown symbol '{symbol}'.", nameof(symbol));
        var rounding = instruments[symbol].Rounding;
        var bid = rounding.RoundPrice(market.Mark * (1 - options.HalfSpread), PriceRounding.Down);
        var ask = rounding.RoundPrice(market.Mark * (1 + options.HalfSpread), PriceRounding.Up);
        var depth = options.Liquidity.Available(market.LastVolume);
        return new TopOfBook(symbol, bid, depth, ask, depth, Now);
    }

    private void OnPrice(string symbol, decimal price, decimal? volume)
    {
        var market = markets[symbol];
        market.Touch(price, volume ?? 0);
        var available = volume is { } v ? options.Liquidity.Available(v) : decimal.MaxValue;
        FireTriggers(symbol, price);
        FillResting(symbol, price, available);
        if (volume is > 0)
        {
            var side = price >= market.Open ? OrderSide.Buy : OrderSide.Sell;
            Publish(new TradePrinted(new PublicTrade(symbol, side, price, instruments[symbol].Rounding.RoundSize(volume.Value), nextTradeId++, Now)));
        }

        Publish(new BookChanged(Top(symbol)));
        Publish(new CandleChanged(new CandleUpdate(symbol, market.Tape.Timeframe, market.Forming, IsClosed: false)));
    }
}
