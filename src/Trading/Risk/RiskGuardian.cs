namespace FractalTrader.Trading.Risk;

/// <summary>
/// The trading state machine with its circuit breakers: ACTIVE → REDUCING (exits only) → HALTED.
/// Drawdown from the equity high-water mark and a losing streak halt; the daily loss limit and
/// the daily count of filled entries stop new entries until the next UTC day; stale market data
/// blocks entries in that symbol. HALTED is left only by <see cref="Resume"/> (or a configured
/// cooldown). Every decision and transition carries its reason. Pure: time comes from the
/// <see cref="TimeProvider"/>, nothing is persisted. Not thread-safe (one owner, e.g. an actor).
/// </summary>
public sealed class RiskGuardian
{
    // Immutable, so one instance serves every approval.
    private static readonly RiskDecision Approved = new(true, "active");

    private readonly TimeProvider clock;
    private readonly Dictionary<string, DateTimeOffset> lastData = new(StringComparer.Ordinal);
    private readonly List<StateTransition> transitions = [];
    private bool reducingUntilNextDay;
    private RiskDecision? stateRefusal;
    private DateOnly day;
    private decimal dayOpenEquity;

    /// <summary>Starts ACTIVE with unknown equity (no entries until equity is marked).</summary>
    public RiskGuardian(RiskLimits limits, TimeProvider clock)
    {
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        StateSince = clock.GetUtcNow();
        day = DateOnly.FromDateTime(StateSince.UtcDateTime);
    }

    /// <summary>The breakers in force.</summary>
    public RiskLimits Limits { get; }

    /// <summary>Current state.</summary>
    public TradingState State { get; private set; } = TradingState.Active;

    /// <summary>Why the system is in its current state.</summary>
    public string StateReason { get; private set; } = "started";

    /// <summary>When the current state began.</summary>
    public DateTimeOffset StateSince { get; private set; }

    /// <summary>Latest equity, or null before the first mark.</summary>
    public decimal? Equity { get; private set; }

    /// <summary>Highest equity since start or the last resume.</summary>
    public decimal HighWaterMark { get; private set; }

    /// <summary>Losing trades in a row.</summary>
    public int ConsecutiveLosses { get; private set; }

    /// <summary>Entries filled since the start of the UTC day.</summary>
    public int EntriesToday { get; private set; }

    /// <summary>Every state change so far, oldest first.</summary>
    public IReadOnlyList<StateTransition> Transitions => transitions;

    /// <summary>Drawdown from the high-water mark as a share of it (0 when unknown).</summary>
    public decimal Drawdown => Equity is { } equity && HighWaterMark > 0 ? Math.Max(0, (HighWaterMark - equity) / HighWaterMark) : 0m;

    /// <summary>Records the account equity and trips the drawdown and daily loss breakers.</summary>
    public void MarkEquity(decimal equity)
    {
        Tick();
        if (Equity is null)
        {
            HighWaterMark = equity;
            dayOpenEquity = equity;
        }

        Equity = equity;
        HighWaterMark = Math.Max(HighWaterMark, equity);

        // Compared as products, not quotients: exact, and no decimal division on every mark.
        if (HighWaterMark > 0 && HighWaterMark - equity >= Limits.MaxDrawdownPercent * HighWaterMark)
        {
            Halt(ReasonText.Of($"drawdown {ReasonText.Percent(Drawdown, 2)} from the high-water mark {HighWaterMark:F2} reached the {ReasonText.Percent(Limits.MaxDrawdownPercent)} limit"));
            return;
        }

        if (Limits.DailyLossLimitPercent is { } limit && dayOpenEquity > 0 && State == TradingState.Active
            && dayOpenEquity - equity >= limit * dayOpenEquity)
        {
            var loss = (dayOpenEquity - equity) / dayOpenEquity;
            reducingUntilNextDay = true;
            Move(TradingState.Reducing, ReasonText.Of($"daily loss {ReasonText.Percent(loss, 2)} reached the {ReasonText.Percent(limit)} limit: exits only until the next UTC day"));
        }
    }

    /// <summary>Records a filled entry (signals and rejected orders do not count).</summary>
    public void RecordEntryFilled(string symbol)
    {
        Tick();
        EntriesToday++;
        if (EntriesToday >= Limits.MaxEntriesPerDay && State == TradingState.Active)
        {
            reducingUntilNextDay = true;
            Move(TradingState.Reducing, ReasonText.Of($"{EntriesToday} entries filled today (last {symbol}), the daily maximum: no new entries until the next UTC day"));
        }
    }

    /// <summary>Records a closed trade's realized P&amp;L; a losing streak halts.</summary>
    public void RecordTradeClosed(decimal realizedPnl)
    {
        Tick();
        ConsecutiveLosses = realizedPnl < 0 ? ConsecutiveLosses + 1 : 0;
        if (ConsecutiveLosses >= Limits.MaxConsecutiveLosses)
        {
            Halt(ReasonText.Of($"{ConsecutiveLosses} losing trades in a row reached the limit of {Limits.MaxConsecutiveLosses}"));
        }
    }

    /// <summary>Records that a candle of <paramref name="symbol"/> closed at <paramref name="closeTime"/>.</summary>
    public void RecordMarketData(string symbol, DateTimeOffset closeTime)
    {
        lastData[symbol] = closeTime;
    }

    /// <summary>Whether a new position in <paramref name="symbol"/> may be opened, and why.</summary>
    public RiskDecision CanOpen(string symbol)
    {
        Tick();
        if (Equity is null)
        {
            return new RiskDecision(false, "equity unknown: no entries until the account value is read");
        }

        if (State != TradingState.Active)
        {
            // Built once per state change: a halted replay asks this for every signal.
            return stateRefusal ??= new RiskDecision(false, ReasonText.Of($"trading is {State.ToString().ToUpperInvariant()}: {StateReason}"));
        }

        var now = clock.GetUtcNow();
        if (!lastData.TryGetValue(symbol, out var last))
        {
            return new RiskDecision(false, ReasonText.Of($"{symbol}: no market data yet"));
        }

        var age = now - last;
        return age > Limits.MaxDataAge
            ? new RiskDecision(false, ReasonText.Of($"{symbol}: stale market data, the last candle closed {age.TotalMinutes:F0} min ago (limit {Limits.MaxDataAge.TotalMinutes:F0} min)"))
            : Approved;
    }

    /// <summary>Exits reduce risk and are always allowed; the reason names the state.</summary>
    public RiskDecision CanClose(string symbol)
    {
        Tick();
        return new RiskDecision(true, ReasonText.Of($"{symbol}: exits are allowed while {State.ToString().ToUpperInvariant()}"));
    }

    /// <summary>Halts trading (an operator's emergency stop or a breaker).</summary>
    public void Halt(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Tick();
        if (State != TradingState.Halted)
        {
            reducingUntilNextDay = false;
            Move(TradingState.Halted, reason);
        }
    }

    /// <summary>Stops new entries until <see cref="Resume"/>; exits continue.</summary>
    public void Reduce(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Tick();
        if (State == TradingState.Active)
        {
            reducingUntilNextDay = false;
            Move(TradingState.Reducing, reason);
        }
    }

    /// <summary>
    /// An operator resumes trading: back to ACTIVE, the high-water mark and the day's opening equity
    /// rebased to the current equity and the losing streak reset (otherwise the same breaker would
    /// trip again at once).
    /// </summary>
    public void Resume(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Tick();
        if (State != TradingState.Active)
        {
            Rebase();
            Move(TradingState.Active, ReasonText.Of($"resumed: {reason}"));
        }
    }

    /// <summary>The state to save (a journal snapshot); <see cref="Restore"/> brings it back.</summary>
    public RiskGuardianState Capture() =>
        new(State, StateReason, StateSince, Equity, HighWaterMark, ConsecutiveLosses, EntriesToday, day, dayOpenEquity, reducingUntilNextDay);

    /// <summary>Takes back a saved state (breakers, counters, day); the transition history starts afresh.</summary>
    public void Restore(RiskGuardianState saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        State = saved.State;
        StateReason = saved.StateReason;
        StateSince = saved.StateSince;
        Equity = saved.Equity;
        HighWaterMark = saved.HighWaterMark;
        ConsecutiveLosses = saved.ConsecutiveLosses;
        EntriesToday = saved.EntriesToday;
        day = saved.Day;
        dayOpenEquity = saved.DayOpenEquity;
        reducingUntilNextDay = saved.ReducingUntilNextDay;
        stateRefusal = null;
    }

    /// <summary>Applies time-driven transitions: a new UTC day and the halt cooldown.</summary>
    public void Tick()
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (today != day)
        {
            day = today;
            EntriesToday = 0;
            dayOpenEquity = Equity ?? 0m;
            if (State == TradingState.Reducing && reducingUntilNextDay)
            {
                reducingUntilNextDay = false;
                Move(TradingState.Active, ReasonText.Of($"new UTC day {today:yyyy-MM-dd}: daily limits reset"));
            }
        }

        if (State == TradingState.Halted && Limits.HaltCooldown is { } cooldown && now - StateSince >= cooldown)
        {
            Rebase();
            Move(TradingState.Active, ReasonText.Of($"halt cooldown of {cooldown} elapsed"));
        }
    }

    private void Rebase()
    {
        HighWaterMark = Equity ?? 0m;
        dayOpenEquity = Equity ?? 0m;
        ConsecutiveLosses = 0;
        reducingUntilNextDay = false;
    }

    private void Move(TradingState to, string reason)
    {
        var now = clock.GetUtcNow();
        transitions.Add(new StateTransition(State, to, reason, now));
        State = to;
        StateReason = reason;
        StateSince = now;
        stateRefusal = null;
    }

}
