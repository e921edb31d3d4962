using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.MarketData;

/// <content>One streaming task per symbol, feeding the mailbox; re-subscribed after it ends, each subscription backfilled first.</content>
public sealed partial class MarketDataActor
{
    private void StartStream(string symbol)
    {
        var feed = feeds[symbol];
        if (feed.Streaming)
        {
            return;
        }

        feed.Streaming = true;
        var self = Self;

        // Told before the stream's first bar can be, so the backfill is published first; a bar both deliver is published once.
        // Bars closing while the stream connects are caught by a second look once it had time to (or by the next bar's gap).
        self.Tell(new Backfill(symbol), self);
        Timers.StartSingleTimer(("backfill", symbol), new Backfill(symbol), settings.StreamRetryDelay);
        var token = stopping.Token;
        var timeframe = settings.Timeframe;
        _ = Task.Run(
            async () =>
            {
                Exception? error = null;
                try
                {
                    await foreach (var update in exchange.StreamCandlesAsync(symbol, timeframe, token))
                    {
                        if (update.IsClosed)
                        {
                            self.Tell(new CandleArrived(symbol, update.Bar), self);
                        }
                    }
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    error = e;
                }

                self.Tell(new StreamEnded(symbol, error), self);
            },
            CancellationToken.None);
    }

    private void OnStreamEnded(StreamEnded ended)
    {
        var feed = feeds[ended.Symbol];
        feed.Streaming = false;
        Timers.StartSingleTimer(("stream", ended.Symbol), new SubscribeStream(ended.Symbol), settings.StreamRetryDelay);
        if (ended.Error is { } error)
        {
            log.LogWarning(error, "{Symbol}: candle stream failed; re-subscribing in {Delay}", ended.Symbol, settings.StreamRetryDelay);
        }
        else
        {
            log.LogInformation("{Symbol}: candle stream ended; re-subscribing in {Delay}", ended.Symbol, settings.StreamRetryDelay);
        }
    }
}
