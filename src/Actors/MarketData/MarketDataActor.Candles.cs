using FractalTrader.Actors.Mapping;
using FractalTrader.Messages.MarketData;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.MarketData.Quality;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.MarketData;

/// <content>History at start, backfill after a (re)subscription, the gate every bar passes, gap filling, publication.</content>
public sealed partial class MarketDataActor
{
    private async Task OnLoadHistoryAsync(LoadHistory load)
    {
        var feed = feeds[load.Symbol];
        var timeframe = settings.Timeframe;
        var to = clock.Now;
        var from = to - (timeframe.Duration * (settings.HistoryBars + 1));
        IReadOnlyList<Candle> bars;
        try
        {
            bars = await exchange.GetCandlesAsync(feed.Symbol, timeframe, from, to, stopping.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "{Symbol}: loading candle history failed; retrying in {Delay}", feed.Symbol, settings.StreamRetryDelay);
            Timers.StartSingleTimer(("history", feed.Symbol), load, settings.StreamRetryDelay);
            return;
        }

        CandleClosed? newest = null;
        foreach (var bar in bars)
        {
            var verdict = feed.Gate.Admit(bar);
            if (!verdict.Accepted && verdict.Fault == CandleFault.Gap)
            {
                // History with a hole: continue after it rather than refuse everything that follows.
                feed.Gate.Skip(bar);
                verdict = CandleVerdict.Accept;
            }

            if (verdict.Accepted)
            {
                newest = bar.ToMessage(feed.Symbol, timeframe);
                feed.Remember(newest);
            }
            else
            {
                Drop(feed, bar, verdict.Reason);
            }
        }

        feed.HistoryLoaded = true;
        log.LogInformation("{Symbol}: {Count} bars of {Timeframe} history loaded, last closed {LastClose}", feed.Symbol, bars.Count, timeframe, feed.LastCloseTime);
        foreach (var waiting in feed.Waiting)
        {
            waiting.Tell(feed.History(), Self);
        }

        feed.Waiting.Clear();
        if (newest is not null)
        {
            riskGuardian.Tell(newest, Self);
        }

        StartStream(feed.Symbol);
    }

    /// <summary>Publishes, in order and through the gate, the bars closed since the last one published (a subscription's blind spot).</summary>
    private async Task OnBackfillAsync(Backfill backfill)
    {
        var feed = feeds[backfill.Symbol];
        if (!feed.HistoryLoaded || feed.Gate.Last is not { } last)
        {
            return;
        }

        var from = last + settings.Timeframe.Duration;
        var to = clock.Now;
        if (to - from < settings.Timeframe.Duration)
        {
            return;
        }

        IReadOnlyList<Candle> bars;
        try
        {
            bars = await exchange.GetCandlesAsync(feed.Symbol, settings.Timeframe, from, to, stopping.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next live bar's gap is filled from history anyway; this only makes it sooner.
            log.LogWarning(e, "{Symbol}: backfilling bars from {From} failed; retrying in {Delay}", feed.Symbol, from, settings.StreamRetryDelay);
            Timers.StartSingleTimer(("backfill", feed.Symbol), backfill, settings.StreamRetryDelay);
            return;
        }

        var published = 0;
        foreach (var bar in bars)
        {
            var verdict = feed.Gate.Admit(bar);
            if (!verdict.Accepted && verdict.Fault == CandleFault.Gap)
            {
                // A hole in the venue's own history: continue after it rather than hold back everything that follows.
                feed.Gate.Skip(bar);
                Drop(feed, bar, verdict.Reason);
            }
            else if (verdict.Accepted)
            {
                Publish(feed, bar);
                published++;
            }
            else if (!feed.AlreadyPublished(bar))
            {
                Drop(feed, bar, verdict.Reason);
            }
        }

        if (published > 0)
        {
            log.LogInformation("{Symbol}: {Count} bars closed while no stream ran were backfilled from history, last closed {LastClose}", feed.Symbol, published, feed.LastCloseTime);
        }
    }

    private void OnCandle(CandleArrived arrived)
    {
        if (!feeds.TryGetValue(arrived.Symbol, out var feed))
        {
            return;
        }

        if (feed.AlreadyPublished(arrived.Candle))
        {
            // The stream re-delivering a bar the backfill published: the same bar, not bad data.
            log.LogDebug("{Symbol}: bar {OpenTime} already published", feed.Symbol, arrived.Candle.OpenTime);
            return;
        }

        var verdict = feed.Gate.Admit(arrived.Candle);
        if (verdict.Accepted)
        {
            Publish(feed, arrived.Candle);
        }
        else if (verdict is { Fault: CandleFault.Gap, MissingFrom: { } missingFrom })
        {
            RunTask(() => FillGapAsync(feed, arrived.Candle, missingFrom));
        }
        else
        {
            Drop(feed, arrived.Candle, verdict.Reason);
        }
    }

    private async Task FillGapAsync(SymbolFeed feed, Candle candle, DateTimeOffset missingFrom)
    {
        try
        {
            var missing = await exchange.GetCandlesAsync(feed.Symbol, settings.Timeframe, missingFrom, candle.OpenTime, stopping.Token);
            foreach (var bar in missing)
            {
                var verdict = feed.Gate.Admit(bar);
                if (verdict.Accepted)
                {
                    Publish(feed, bar);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "{Symbol}: filling the gap from {MissingFrom} failed", feed.Symbol, missingFrom);
        }

        var final = feed.Gate.Admit(candle);
        if (final.Accepted)
        {
            Publish(feed, candle);
            return;
        }

        if (final.Fault == CandleFault.Gap)
        {
            feed.Gate.Skip(candle);
        }

        Drop(feed, candle, final.Reason);
    }

    private void Publish(SymbolFeed feed, Candle candle)
    {
        var message = candle.ToMessage(feed.Symbol, settings.Timeframe);
        feed.Remember(message);
        strategies.Tell(message, Self);
        riskGuardian.Tell(message, Self);
        // For watchers (dashboard, tests); after the strategies and the guardian have it queued.
        Context.System.EventStream.Publish(message);
    }

    private void Drop(SymbolFeed feed, Candle candle, string reason)
    {
        feed.Dropped++;
        log.LogWarning("{Symbol}: bar {OpenTime} dropped ({Dropped} so far): {Reason}", feed.Symbol, candle.OpenTime, feed.Dropped, reason);
        Context.System.EventStream.Publish(new CandleDropped(feed.Symbol, candle.OpenTime, reason));
    }
}
