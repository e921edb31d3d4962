using FractalTrader.Actors.Mapping;
using FractalTrader.Exchange.Accounts;
using FractalTrader.Messages.Portfolio;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Portfolio;

/// <content>
/// The venue's fill stream (Hyperliquid <c>userFills</c>, the simulated venue's account feed): once
/// the ledger is open, every fill the venue pushes is recorded as it comes, so positions (and their
/// protection) follow a fill at once instead of at the next poll. The poll stays as a catch-up; a
/// fill both deliver is recorded once (by trade id). A stream that ends is subscribed again.
/// </content>
public sealed partial class PortfolioActor
{
    private static readonly TimeSpan StreamRetryDelay = TimeSpan.FromSeconds(2);
    private CancellationTokenSource? streaming;

    private void StartFillStream()
    {
        if (!streamFills || streaming is not null || book.OpenedAt is not { } opened)
        {
            return;
        }

        var since = book.LastFillTime is { } last ? last - PortfolioBook.RememberedWindow : opened;
        var stop = streaming = new CancellationTokenSource();
        var self = Self;
        var venue = exchange;
        _ = Task.Run(
            async () =>
            {
                string? error = null;
                try
                {
                    await foreach (var fill in venue.StreamFillsAsync(since, stop.Token))
                    {
                        self.Tell(new FillStreamed(fill), self);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    error = e.Message;
                }

                self.Tell(new FillStreamEnded(error), self);
            },
            CancellationToken.None);
    }

    private void OnFillStreamed(FillStreamed streamed)
    {
        var fill = streamed.Fill;
        if (book.OpenedAt is not { } opened || fill.Time < opened || book.IsRecorded(fill.TradeId, fill.Time))
        {
            return;
        }

        // Commands run one at a time, each after the writes of the one before: a fill the poll recorded is known here.
        Persist(new FillRecorded(fill.TradeId, fill.OrderId, fill.ClientOrderId?.ToString(), fill.Symbol, fill.Side.ToMessage(), fill.Price, fill.Size, fill.Fee, fill.Time), Record);
    }

    private void OnFillStreamEnded(FillStreamEnded ended)
    {
        streaming?.Dispose();
        streaming = null;
        log.LogWarning("Fill stream ended ({Error}); subscribing again in {Delay}, the poll catches up meanwhile", ended.Error ?? "closed by the venue", StreamRetryDelay);
        Timers.StartSingleTimer("fill-stream", new StartStreamingFills(), StreamRetryDelay);
    }

    private void StopFillStream()
    {
        streaming?.Cancel();
        streaming?.Dispose();
        streaming = null;
    }

    private sealed record FillStreamed(Fill Fill);

    private sealed record FillStreamEnded(string? Error);

    private sealed record StartStreamingFills;
}
