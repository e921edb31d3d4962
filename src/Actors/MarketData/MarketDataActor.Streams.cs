using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.MarketData;

/// <content>One streaming task per symbol, feeding the mailbox; re-subscribed after it ends.</content>
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
        if (ended.Error is { } error)
        {
            log.LogWarning(error, "{Symbol}: candle stream failed; re-subscribing in {Delay}", ended.Symbol, settings.StreamRetryDelay);
        }
        else
        {
            log.LogInformation("{Symbol}: candle stream ended; re-subscribing in {Delay}", ended.Symbol, settings.StreamRetryDelay);
        }

        Timers.StartSingleTimer(("stream", ended.Symbol), new SubscribeStream(ended.Symbol), settings.StreamRetryDelay);
    }
}
