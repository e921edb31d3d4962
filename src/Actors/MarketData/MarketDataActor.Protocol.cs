using FractalTrader.Trading.MarketData;

namespace FractalTrader.Actors.MarketData;

/// <content>Messages the actor sends itself.</content>
public sealed partial class MarketDataActor
{
    private sealed record LoadHistory(string Symbol);

    private sealed record SubscribeStream(string Symbol);

    private sealed record Backfill(string Symbol);

    private sealed record CandleArrived(string Symbol, Candle Candle);

    private sealed record StreamEnded(string Symbol, Exception? Error);

    private sealed record CheckStaleness
    {
        public static CheckStaleness Instance { get; } = new();
    }
}
