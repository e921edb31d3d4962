using System.Runtime.InteropServices;
using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Trading.Backtesting;

/// <summary>The state of one backtest replay. Mutable; not thread-safe.</summary>
internal sealed class BacktestRun
{
    private readonly IReadOnlyList<StrategyParameters> strategies;
    private readonly BacktestOptions options;
    private readonly DateTimeOffset tradeFrom;
    private readonly MarketBook[] books;
    private readonly BarClock clock = new();
    private readonly RiskGuardian guardian;
    private readonly RiskDesk desk;
    private readonly List<BacktestTrade> trades = [];
    private readonly List<EquityPoint> equity = [];
    private readonly Dictionary<string, int> refusalSlots = new(RefusalKey.Comparer);
    private readonly List<int> refusalCounts = [];
    private readonly List<(Position, decimal)> openScratch = [];
    private readonly decimal slippage;
    private readonly decimal takerFee;
    private readonly decimal makerFee;
    private decimal cash;
    private decimal lastMarked = decimal.MinValue;
    private double lastMarkedAsDouble;
    private int signals;
    private int wins;
    private int losses;
    private int step;
    private string? lastRefusal;
    private int lastRefusalSlot;

    public BacktestRun(IReadOnlyList<BacktestMarket> markets, IReadOnlyList<StrategyParameters> strategies, BacktestOptions options, DateTimeOffset? tradeFrom)
    {
        this.strategies = strategies;
        this.options = options;
        this.tradeFrom = tradeFrom ?? DateTimeOffset.MinValue;
        books = markets
            .Select(m => new MarketBook(m, new SymbolSignalEngine(m.Symbol, m.Timeframe, strategies, options.Window), options.InstrumentFor(m.Symbol)))
            .ToArray();
        guardian = new RiskGuardian(options.Breakers, clock);
        desk = new RiskDesk(options.Sizing, options.Limits, books.Select(b => b.Instrument));
        slippage = options.SlippageBps / 10_000m;
        takerFee = options.TakerFeeBps / 10_000m;
        makerFee = options.MakerFeeBps / 10_000m;
        cash = options.InitialEquity;
        equity.Capacity = books.Max(b => b.Market.Series.Count);
    }

    public BacktestResult Execute(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var total = books.Sum(b => b.Market.Series.Count);
        var done = 0;
        var reportEvery = Math.Max(1, total / 100);
        var stepping = new List<MarketBook>(books.Length);
        while (NextStep(stepping) is { } openTime)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Step(stepping, openTime);
            done += stepping.Count;
            if (progress is not null && done % reportEvery < stepping.Count)
            {
                progress.Report((double)done / total);
            }
        }

        CloseAtEnd();
        progress?.Report(1.0);
        return Result();
    }

    /// <summary>
    /// Replays one bar of each stepping book: fills, exits, strategies, marking, entries. A method of
    /// its own so the JIT optimises it as a whole (the loop that calls it runs once per backtest and
    /// only ever gets on-stack-replacement code).
    /// </summary>
    private void Step(List<MarketBook> stepping, DateTimeOffset openTime)
    {
        clock.Set(openTime);
        if (guardian.Equity is null)
        {
            guardian.MarkEquity(cash);
        }

        foreach (var book in stepping)
        {
            FillPending(book, openTime);
            ManageExit(book, openTime);
        }

        var closeTime = openTime;
        foreach (var book in stepping)
        {
            closeTime = CloseBar(book);
        }

        clock.Set(closeTime);
        var trading = openTime >= tradeFrom;
        MarkToMarket(closeTime, trading);
        if (trading)
        {
            foreach (var book in stepping)
            {
                Enter(book);
            }
        }

        step++;
    }

    /// <summary>The books with a bar at the earliest pending open time.</summary>
    private DateTimeOffset? NextStep(List<MarketBook> stepping)
    {
        stepping.Clear();
        if (books.Length == 1)
        {
            var only = books[0];
            if (!only.HasBar)
            {
                return null;
            }

            stepping.Add(only);
            return only.NextOpenTime;
        }

        DateTimeOffset? earliest = null;
        foreach (var book in books)
        {
            if (book.HasBar && (earliest is null || book.NextOpenTime < earliest))
            {
                earliest = book.NextOpenTime;
            }
        }

        if (earliest is { } time)
        {
            foreach (var book in books)
            {
                if (book.HasBar && book.NextOpenTime == time)
                {
                    stepping.Add(book);
                }
            }
        }

        return earliest;
    }

    private void FillPending(MarketBook book, DateTimeOffset openTime)
    {
        if (book.Pending is not { } pending)
        {
            return;
        }

        book.Pending = null;
        var signal = pending.Signal;
        var open = book.Market.Series.At(book.Index).Open;
        var isLong = signal.Direction == TradeDirection.Long;
        if (isLong ? open <= signal.StopLoss : open >= signal.StopLoss)
        {
            Refuse("opened beyond the stop: entry cancelled");
            return;
        }

        if (isLong ? open >= signal.TakeProfit : open <= signal.TakeProfit)
        {
            Refuse("opened beyond the target: entry cancelled");
            return;
        }

        // Market data is reported to the guardian only where it is consulted (same outcome, no per-bar write).
        guardian.RecordMarketData(book.Symbol, book.LastCloseTime);
        var state = guardian.CanOpen(book.Symbol);
        if (!state.Approved)
        {
            Refuse(state.Reason);
            return;
        }

        Fill(book, signal, pending.Size, isLong ? open * (1 + slippage) : open * (1 - slippage), openTime, step);
    }

    private void Fill(MarketBook book, Signal signal, decimal size, decimal price, DateTimeOffset time, int entryStep)
    {
        var fee = size * price * takerFee;
        cash -= fee;
        var position = new Position(book.Symbol, signal.Direction, size, price, signal.StopLoss, signal.TakeProfit) { SignalId = signal.Id, OpenedAt = time };
        book.Open = new OpenTrade(signal, position, time, fee, entryStep);
        guardian.RecordEntryFilled(book.Symbol);
    }

    /// <summary>Stop and target within the bar; when both are touched the stop is assumed first.</summary>
    private void ManageExit(MarketBook book, DateTimeOffset openTime)
    {
        if (book.Open is not { } trade)
        {
            return;
        }

        var series = book.Market.Series;
        var i = book.Index;
        var isLong = trade.Position.Direction == TradeDirection.Long;
        var stopHit = isLong ? series.Low[i] <= trade.Stop : series.High[i] >= trade.Stop;
        var targetHit = isLong ? series.High[i] >= trade.Target : series.Low[i] <= trade.Target;
        if (!stopHit && !targetHit)
        {
            return;
        }

        ref readonly var candle = ref series.At(i);
        var stop = trade.Signal.StopLoss;
        var exitTime = openTime + book.Market.Timeframe.Duration;
        if (stopHit)
        {
            // A gap through the stop fills at the open, which is worse than the stop.
            var price = isLong ? Math.Min(candle.Open, stop) * (1 - slippage) : Math.Max(candle.Open, stop) * (1 + slippage);
            Exit(book, price, takerFee, ExitReason.StopLoss, exitTime);
        }
        else
        {
            Exit(book, trade.Signal.TakeProfit, makerFee, ExitReason.TakeProfit, exitTime);
        }
    }

    private void Exit(MarketBook book, decimal price, decimal feeRate, ExitReason reason, DateTimeOffset time)
    {
        var trade = book.Open!;
        var position = trade.Position;
        var exitFee = position.Size * price * feeRate;
        var gross = position.PnlAt(price);
        cash += gross - exitFee;
        var net = gross - exitFee - trade.EntryFee;
        var risk = Math.Abs(position.EntryPrice - trade.Signal.StopLoss) * position.Size;
        trades.Add(new BacktestTrade
        {
            Symbol = book.Symbol,
            Strategy = trade.Signal.Strategy,
            SignalId = trade.Signal.Id,
            Direction = position.Direction,
            Size = position.Size,
            EntryTime = trade.EntryTime,
            EntryPrice = position.EntryPrice,
            StopLoss = trade.Signal.StopLoss,
            TakeProfit = trade.Signal.TakeProfit,
            ExitTime = time,
            ExitPrice = price,
            ExitReason = reason,
            Fees = exitFee + trade.EntryFee,
            NetPnl = net,
            RMultiple = risk > 0 ? net / risk : 0m,
            BarsHeld = step - trade.EntryStep + 1,
        });
        book.Open = null;
        if (net > 0)
        {
            wins++;
            losses = 0;
        }
        else if (net < 0)
        {
            losses++;
            wins = 0;
        }
        else
        {
            wins = 0;
            losses = 0;
        }

        guardian.RecordTradeClosed(net);
    }

    private DateTimeOffset CloseBar(MarketBook book)
    {
        var series = book.Market.Series;
        var i = book.Index;
        var closeTime = series.OpenTime(i) + book.Market.Timeframe.Duration;
        clock.Set(closeTime);
        book.Signals = book.Engine.SignalsOf(series, i);
        signals += book.Signals.Length;
        if (book.Open is not null || book.Signals.Length > 0)
        {
            book.LastClose = series.At(i).Close;
        }

        book.LastCloseTime = closeTime;
        book.Index++;
        return closeTime;
    }

    /// <summary>Marks open positions at the close; the curve records only the traded period.</summary>
    private void MarkToMarket(DateTimeOffset closeTime, bool record)
    {
        var marked = cash;
        var inMarket = false;
        foreach (var book in books)
        {
            if (book.Open is { } trade)
            {
                marked += trade.Position.PnlAt(book.LastClose);
                inMarket = true;
            }
        }

        if (marked != lastMarked)
        {
            guardian.MarkEquity(marked);
            lastMarked = marked;
            lastMarkedAsDouble = (double)marked;
        }

        if (record)
        {
            equity.Add(new EquityPoint(closeTime, lastMarkedAsDouble, inMarket));
        }
    }

    private void Enter(MarketBook book)
    {
        var candidates = book.Signals;
        if (candidates.Length == 0)
        {
            return;
        }

        var best = candidates[0];
        for (var k = 1; k < candidates.Length; k++)
        {
            if (candidates[k].Confidence > best.Confidence)
            {
                best = candidates[k];
            }
        }

        for (var k = 0; k < candidates.Length; k++)
        {
            if (!ReferenceEquals(candidates[k], best))
            {
                Refuse("another signal on the same bar had a higher confidence");
            }
        }

        openScratch.Clear();
        foreach (var other in books)
        {
            if (other.Open is { } held)
            {
                openScratch.Add((held.Position, other.LastClose));
            }
            else if (other.Pending is { } waiting)
            {
                openScratch.Add((new Position(other.Symbol, waiting.Signal.Direction, waiting.Size, waiting.Signal.Entry), waiting.Signal.Entry));
            }
        }

        guardian.RecordMarketData(book.Symbol, book.LastCloseTime);
        var review = desk.Assess(best, guardian, CollectionsMarshal.AsSpan(openScratch), wins, losses, best.Entry);
        if (!review.Approved)
        {
            Refuse(book, review);
            return;
        }

        var size = review.Size;
        if (options.Entry == EntryTiming.NextBarOpen)
        {
            book.Pending = (best, size);
        }
        else
        {
            var close = book.LastClose;
            Fill(book, best, size, best.Direction == TradeDirection.Long ? close * (1 + slippage) : close * (1 - slippage), book.LastCloseTime, step + 1);
        }
    }

    private void CloseAtEnd()
    {
        foreach (var book in books)
        {
            if (book.Open is { } trade)
            {
                var close = book.Market.Series[book.Market.Series.Count - 1].Close;
                var price = trade.Position.Direction == TradeDirection.Long ? close * (1 - slippage) : close * (1 + slippage);
                Exit(book, price, takerFee, ExitReason.EndOfData, book.LastCloseTime);
            }
        }

        if (equity.Count > 0)
        {
            equity[^1] = equity[^1] with { Equity = (double)cash };
        }
    }

    /// <summary>Counts a refused review; a sizing refusal whose form was seen before is counted under that form's key, without writing its reason.</summary>
    private void Refuse(MarketBook book, in EntryAssessment review)
    {
        var form = review.ReasonForm;
        if (form < 0)
        {
            Refuse(review.Reason);
            return;
        }

        ref var key = ref book.RefusalKeys[form];
        key ??= RefusalKey.Of(review.Reason);
        Refuse(key);
    }

    /// <summary>
    /// Counts a refusal; reasons that differ only in their numbers share a count, and the keys are
    /// written once, at the end. A reason repeated as the same string (a halt, a cached key) skips the lookup.
    /// </summary>
    private void Refuse(string reason)
    {
        if (!ReferenceEquals(reason, lastRefusal))
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(refusalSlots, reason, out var known);
            if (!known)
            {
                slot = refusalCounts.Count;
                refusalCounts.Add(0);
            }

            lastRefusal = reason;
            lastRefusalSlot = slot;
        }

        CollectionsMarshal.AsSpan(refusalCounts)[lastRefusalSlot]++;
    }

    private BacktestResult Result()
    {
        var interval = books.Min(b => b.Market.Timeframe.Duration);
        return new BacktestResult
        {
            Markets = books.Select(b => (b.Symbol, b.Market.Timeframe.Name, b.Market.Series.Count)).ToArray(),
            Strategies = strategies,
            Options = options,
            Metrics = PerformanceMeasure.Of(options.InitialEquity, cash, equity, trades, interval),
            ByStrategy = trades.GroupBy(t => t.Strategy.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => TradeStatistics.Of(g.ToList()), StringComparer.Ordinal),
            BySymbol = trades.GroupBy(t => t.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => TradeStatistics.Of(g.ToList()), StringComparer.Ordinal),
            Trades = trades,
            Equity = equity,
            Signals = signals,
            Refusals = refusalSlots
                .GroupBy(r => RefusalKey.Of(r.Key), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(r => refusalCounts[r.Value]), StringComparer.Ordinal),
            StateTransitions = guardian.Transitions.ToArray(),
        };
    }
}
