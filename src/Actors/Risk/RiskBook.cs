using FractalTrader.Actors.Mapping;
using FractalTrader.Messages;
using FractalTrader.Messages.MarketData;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Risk;
using FractalTrader.Messages.Signals;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Risk;

namespace FractalTrader.Actors.Risk;

/// <summary>
/// The risk guardian's state and decisions, without the actor: the breaker state machine
/// (<see cref="RiskGuardian"/>), the newest decided bar per signal key (a signal is decided once,
/// ever), the positions and marks it sizes against, and approved entries still pending. Journaled
/// events change it only through <see cref="Apply"/>, live and on replay alike. Mutable; not
/// thread-safe (one actor).
/// </summary>
internal sealed class RiskBook
{
    private readonly RiskSettings settings;
    private readonly EventClock clock;
    private readonly RiskGuardian guardian;
    private readonly RiskDesk desk;
    private readonly Dictionary<string, DateTimeOffset> watermarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LedgerPosition> positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> marks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingEntry> pending = new(StringComparer.Ordinal);

    public RiskBook(RiskSettings settings, TimeProvider marketTime)
    {
        this.settings = settings;
        clock = new EventClock(marketTime);
        guardian = new RiskGuardian(settings.Limits, clock);
        desk = new RiskDesk(settings.Sizing, settings.Portfolio, settings.Instruments);
    }

    /// <summary>Whether the first reconciliation has passed in this run (nothing is approved before).</summary>
    public bool TradingEnabled { get; set; }

    /// <summary>Whether the portfolio has reported its positions in this run.</summary>
    public bool PositionsKnown { get; set; }

    public TradingState State => guardian.State;

    public string StateReason => guardian.StateReason;

    public IReadOnlyList<StateTransition> Transitions => guardian.Transitions;

    public int ConsecutiveWins { get; private set; }

    public long SignalsDecided { get; private set; }

    public IReadOnlyCollection<PendingEntry> Pending => pending.Values;

    /// <summary>The refusal for a signal already decided (or older than one decided), else null. Duplicates are answered, never journaled.</summary>
    public string? Duplicate(SignalIssued signal) =>
        watermarks.TryGetValue(Key(signal), out var newest) && signal.BarTime <= newest
            ? $"already decided: a {signal.Strategy} {signal.Direction} signal on {signal.Symbol} for bar {newest:O} or later was decided before"
            : null;

    /// <summary>Decides a new signal: the event to journal (approved with a size, or refused with the rule).</summary>
    public SignalDecided Decide(SignalIssued signal)
    {
        var now = clock.GetUtcNow();
        var (approved, size, reason) = Review(signal, now);
        return new SignalDecided(
            signal.SignalId, signal.Strategy, signal.Symbol, signal.Timeframe, signal.BarTime, signal.Direction,
            approved, reason, size, approved ? signal.SignalId : null, now);
    }

    /// <summary>Applies a journaled event (live after it is durable, or on replay).</summary>
    public void Apply(object journaled)
    {
        switch (journaled)
        {
            case SignalDecided decided:
                var key = Key(decided.Strategy, decided.Symbol, decided.Timeframe, decided.Direction);
                if (!watermarks.TryGetValue(key, out var newest) || decided.BarTime > newest)
                {
                    watermarks[key] = decided.BarTime;
                }

                SignalsDecided++;
                if (decided.Approved && decided.IntentId is { } intent)
                {
                    pending[decided.Symbol] = new PendingEntry(intent, decided.Symbol, decided.Direction, decided.Size, marks.GetValueOrDefault(decided.Symbol), decided.At);
                }

                break;
            case EquityMarked marked:
                using (clock.At(marked.At))
                {
                    guardian.MarkEquity(marked.Equity);
                }

                break;
            case TradingStateCommanded commanded:
                using (clock.At(commanded.At))
                {
                    Command(commanded);
                }

                break;
            case EntryFillRecorded entry:
                using (clock.At(entry.At))
                {
                    guardian.RecordEntryFilled(entry.Symbol);
                }

                break;
            case TradeCloseRecorded closed:
                using (clock.At(closed.At))
                {
                    guardian.RecordTradeClosed(closed.RealizedPnl);
                }

                ConsecutiveWins = closed.RealizedPnl > 0 ? ConsecutiveWins + 1 : 0;
                break;
            default:
                throw new ArgumentException($"The risk guardian does not journal {journaled.GetType().Name}.", nameof(journaled));
        }
    }

    /// <summary>A closed bar: data freshness and the mark sizing and exposure use.</summary>
    public void OnCandle(CandleClosed candle)
    {
        guardian.RecordMarketData(candle.Symbol, candle.CloseTime);
        marks[candle.Symbol] = candle.Close;
    }

    /// <summary>The ledger's position changed; an entry pending in that symbol is settled by it.</summary>
    public void OnPositionChanged(PositionChanged change)
    {
        PositionsKnown = true;
        if (change.SignedSize == 0)
        {
            positions.Remove(change.Symbol);
        }
        else
        {
            positions[change.Symbol] = new LedgerPosition(change.Symbol, change.SignedSize, change.EntryPrice, 0m, 0m, change.At);
            pending.Remove(change.Symbol);
        }
    }

    /// <summary>The whole ledger, as the portfolio reported it (at start and after corrections).</summary>
    public void OnPortfolio(PortfolioView view)
    {
        PositionsKnown = true;
        positions.Clear();
        foreach (var position in view.Positions.Where(p => p.SignedSize != 0))
        {
            positions[position.Symbol] = position;
            pending.Remove(position.Symbol);
        }
    }

    /// <summary>An entry that will not fill (rejected, never placed): its slot is free again.</summary>
    public void OnEntrySettled(string symbol, string intentId)
    {
        if (pending.TryGetValue(symbol, out var entry) && string.Equals(entry.IntentId, intentId, StringComparison.Ordinal))
        {
            pending.Remove(symbol);
        }
    }

    public RiskStatus Status()
    {
        guardian.Tick();
        return new RiskStatus(ToMessage(guardian.State), guardian.StateReason, guardian.StateSince, TradingEnabled, guardian.Equity, guardian.HighWaterMark, guardian.ConsecutiveLosses, SignalsDecided);
    }

    public RiskGuardianSnapshot Snapshot()
    {
        var state = guardian.Capture();
        return new RiskGuardianSnapshot(
            ToMessage(state.State), state.StateReason, state.StateSince, state.Equity, state.HighWaterMark, state.ConsecutiveLosses,
            ConsecutiveWins, state.EntriesToday, state.Day, state.DayOpenEquity, state.ReducingUntilNextDay, SignalsDecided,
            [.. watermarks.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => new SignalWatermark(w.Key, w.Value))]);
    }

    public void Restore(RiskGuardianSnapshot snapshot)
    {
        guardian.Restore(new RiskGuardianState(
            ToDomain(snapshot.State), snapshot.StateReason, snapshot.StateSince, snapshot.Equity, snapshot.HighWaterMark, snapshot.ConsecutiveLosses,
            snapshot.EntriesToday, snapshot.Day, snapshot.DayOpenEquity, snapshot.ReducingUntilNextDay));
        ConsecutiveWins = snapshot.ConsecutiveWins;
        SignalsDecided = snapshot.SignalsDecided;
        watermarks.Clear();
        foreach (var mark in snapshot.Watermarks)
        {
            watermarks[mark.Key] = mark.BarTime;
        }
    }

    public static RiskState ToMessage(TradingState state) => state switch
    {
        TradingState.Active => RiskState.Active,
        TradingState.Reducing => RiskState.Reducing,
        _ => RiskState.Halted,
    };

    private static TradingState ToDomain(RiskState state) => state switch
    {
        RiskState.Active => TradingState.Active,
        RiskState.Reducing => TradingState.Reducing,
        _ => TradingState.Halted,
    };

    private static string Key(SignalIssued signal) => Key(signal.Strategy, signal.Symbol, signal.Timeframe, signal.Direction);

    private static string Key(string strategy, string symbol, string timeframe, Direction direction) =>
        string.Concat(strategy, ":", symbol, ":", timeframe, direction == Direction.Long ? ":long" : ":short");

    private (bool Approved, decimal Size, string Reason) Review(SignalIssued signal, DateTimeOffset now)
    {
        if (!TradingEnabled)
        {
            return (false, 0m, "trading disabled: the first reconciliation with the venue has not passed yet");
        }

        if (!PositionsKnown)
        {
            return (false, 0m, "positions unknown: the ledger has not reported yet");
        }

        var age = now - (signal.BarTime + Timeframe.Parse(signal.Timeframe).Duration);
        if (age > settings.MaxSignalAge)
        {
            return (false, 0m, $"stale: its bar closed {age} ago (limit {settings.MaxSignalAge})");
        }

        if (pending.TryGetValue(signal.Symbol, out var waiting) && now - waiting.DecidedAt <= settings.PendingEntryLifetime)
        {
            return (false, 0m, $"{signal.Symbol}: entry {waiting.IntentId} is still pending (one position per symbol)");
        }

        var open = new List<(Position Position, decimal MarkPrice)>();
        foreach (var held in positions.Values)
        {
            var mark = marks.GetValueOrDefault(held.Symbol, held.EntryPrice);
            open.Add((new Position(held.Symbol, DirectionMapping.OfSignedSize(held.SignedSize).ToDomain(), Math.Abs(held.SignedSize), held.EntryPrice > 0 ? held.EntryPrice : mark), mark));
        }

        foreach (var entry in pending.Values.ToList())
        {
            if (now - entry.DecidedAt > settings.PendingEntryLifetime)
            {
                pending.Remove(entry.Symbol);
            }
            else if (!positions.ContainsKey(entry.Symbol) && entry.Size > 0 && entry.Price > 0)
            {
                open.Add((new Position(entry.Symbol, entry.Direction.ToDomain(), entry.Size, entry.Price), entry.Price));
            }
        }

        var review = desk.Review(signal.ToSignal(), guardian, open, ConsecutiveWins, guardian.ConsecutiveLosses, marks.TryGetValue(signal.Symbol, out var last) ? last : null);
        return (review.Approved, review.Size, review.Reason);
    }

    private void Command(TradingStateCommanded commanded)
    {
        var reason = $"{commanded.Source}: {commanded.Reason}";
        switch (commanded.Target)
        {
            case RiskState.Halted:
                guardian.Halt(reason);
                break;
            case RiskState.Reducing:
                guardian.Reduce(reason);
                break;
            default:
                guardian.Resume(reason);
                break;
        }
    }
}
