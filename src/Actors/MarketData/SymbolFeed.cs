using FractalTrader.Actors.Mapping;
using FractalTrader.Messages.MarketData;
using FractalTrader.Runtime;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.MarketData.Quality;

namespace FractalTrader.Actors.MarketData;

/// <summary>One symbol's market data state inside the market data actor. Mutable; used by that actor only.</summary>
internal sealed class SymbolFeed(string symbol, Timeframe timeframe, int historyBars)
{
    private readonly Queue<CandleClosed> recent = new();

    public string Symbol { get; } = symbol;

    public CandleGate Gate { get; } = new(symbol, timeframe);

    /// <summary>Strategies waiting for history that was not loaded yet.</summary>
    public List<IActorRef> Waiting { get; } = [];

    public bool HistoryLoaded { get; set; }

    public bool Streaming { get; set; }

    public bool ReportedStale { get; set; }

    public long Dropped { get; set; }

    public DateTimeOffset? LastCloseTime { get; private set; }

    public CandleHistory History() => new(Symbol, [.. recent]);

    /// <summary>Whether this very bar (same open time and figures) was published already.</summary>
    public bool AlreadyPublished(Candle candle) =>
        Gate.Last is { } last && candle.OpenTime <= last && recent.Any(c => c.ToCandle() == candle);

    public void Remember(CandleClosed candle)
    {
        recent.Enqueue(candle);
        while (recent.Count > historyBars)
        {
            recent.Dequeue();
        }

        LastCloseTime = candle.CloseTime;
        ReportedStale = false;
    }
}
