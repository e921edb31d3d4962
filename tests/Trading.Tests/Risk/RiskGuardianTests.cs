using FractalTrader.Testing;
using FractalTrader.Trading.Risk;
using FsCheck;
using FsCheck.Fluent;

namespace FractalTrader.Trading.Tests.Risk;

public sealed class RiskGuardianTests
{
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    private RiskGuardian Started(RiskLimits? limits = null, decimal equity = 10_000m)
    {
        var guardian = new RiskGuardian(limits ?? new RiskLimits(), clock);
        guardian.MarkEquity(equity);
        guardian.RecordMarketData("BTC", clock.GetUtcNow());
        return guardian;
    }

    [Fact]
    public void Entries_are_refused_while_equity_is_unknown()
    {
        var guardian = new RiskGuardian(new RiskLimits(), clock);
        guardian.RecordMarketData("BTC", clock.GetUtcNow());

        guardian.CanOpen("BTC").Should().Be(new RiskDecision(false, "equity unknown: no entries until the account value is read"));
    }

    [Fact]
    public void A_ten_percent_drawdown_from_the_high_water_mark_halts()
    {
        var guardian = Started();
        guardian.MarkEquity(12_000m);
        guardian.MarkEquity(10_900m);
        guardian.State.Should().Be(TradingState.Active);

        guardian.MarkEquity(10_800m);

        guardian.State.Should().Be(TradingState.Halted);
        guardian.StateReason.Should().Contain("drawdown 10.00% from the high-water mark 12000.00");
        guardian.CanOpen("BTC").Approved.Should().BeFalse();
        guardian.CanClose("BTC").Approved.Should().BeTrue("exits always reduce risk");
    }

    [Fact]
    public void Halted_stays_halted_across_days_and_recoveries_until_resumed()
    {
        var guardian = Started();
        guardian.Halt("operator emergency stop");
        clock.Advance(TimeSpan.FromDays(3));
        guardian.MarkEquity(20_000m);

        guardian.State.Should().Be(TradingState.Halted);

        guardian.Resume("checked by operator");

        guardian.State.Should().Be(TradingState.Active);
        guardian.HighWaterMark.Should().Be(20_000m);
        guardian.Transitions.Select(t => t.To).Should().Equal(TradingState.Halted, TradingState.Active);
    }

    [Fact]
    public void A_configured_cooldown_ends_a_halt_and_rebases_the_high_water_mark()
    {
        var guardian = Started(new RiskLimits { HaltCooldown = TimeSpan.FromHours(12) });
        guardian.MarkEquity(8_900m);
        guardian.State.Should().Be(TradingState.Halted);

        clock.Advance(TimeSpan.FromHours(11));
        guardian.Tick();
        guardian.State.Should().Be(TradingState.Halted);

        clock.Advance(TimeSpan.FromHours(1));
        guardian.Tick();
        guardian.State.Should().Be(TradingState.Active);
        guardian.StateReason.Should().Contain("cooldown");
        guardian.HighWaterMark.Should().Be(8_900m);
    }

    [Fact]
    public void Five_losing_trades_in_a_row_halt_and_a_win_resets_the_streak()
    {
        var guardian = Started();
        foreach (var pnl in new[] { -1m, -1m, -1m, -1m, 5m, -1m, -1m, -1m, -1m })
        {
            guardian.RecordTradeClosed(pnl);
        }

        guardian.State.Should().Be(TradingState.Active);

        guardian.RecordTradeClosed(-1m);

        guardian.State.Should().Be(TradingState.Halted);
        guardian.StateReason.Should().Be("5 losing trades in a row reached the limit of 5");
    }

    [Fact]
    public void The_daily_loss_limit_allows_exits_only_until_the_next_utc_day()
    {
        var guardian = Started(new RiskLimits { DailyLossLimitPercent = 0.03m, MaxDrawdownPercent = 0.5m });
        guardian.MarkEquity(9_700m);

        guardian.State.Should().Be(TradingState.Reducing);
        guardian.CanOpen("BTC").Reason.Should().StartWith("trading is REDUCING: daily loss 3.00%");

        clock.SetUtcNow(new DateTimeOffset(2025, 3, 2, 0, 0, 1, TimeSpan.Zero));
        guardian.RecordMarketData("BTC", clock.GetUtcNow());

        guardian.CanOpen("BTC").Approved.Should().BeTrue();
        guardian.State.Should().Be(TradingState.Active);
    }

    [Fact]
    public void Only_filled_entries_count_towards_the_daily_maximum()
    {
        var guardian = Started(new RiskLimits { MaxEntriesPerDay = 3 });
        guardian.RecordEntryFilled("BTC");
        guardian.RecordEntryFilled("ETH");
        guardian.CanOpen("BTC").Approved.Should().BeTrue("signals and rejected orders are not entries");

        guardian.RecordEntryFilled("SOL");

        guardian.State.Should().Be(TradingState.Reducing);
        guardian.StateReason.Should().Contain("3 entries filled today");
    }

    [Fact]
    public void Stale_market_data_blocks_entries_in_that_symbol_only()
    {
        var guardian = Started();
        clock.Advance(TimeSpan.FromHours(3));
        guardian.RecordMarketData("ETH", clock.GetUtcNow());

        guardian.CanOpen("BTC").Reason.Should().Be("BTC: stale market data, the last candle closed 180 min ago (limit 120 min)");
        guardian.CanOpen("ETH").Approved.Should().BeTrue();
        guardian.CanOpen("SOL").Reason.Should().Be("SOL: no market data yet");
    }

    [Fact]
    public void The_state_never_leaves_halted_without_a_resume_or_the_configured_cooldown()
    {
        var operations = Gen.Choose(0, 7).Zip(Gen.Choose(-600, 600)).ListOf();
        var configurations = Gen.Elements<TimeSpan?>(null, TimeSpan.FromHours(6), TimeSpan.FromDays(2));

        Prop.ForAll(operations.ToArbitrary(), configurations.ToArbitrary(), (ops, cooldown) =>
        {
            var time = new ManualTimeProvider();
            var guardian = new RiskGuardian(new RiskLimits { HaltCooldown = cooldown, MaxEntriesPerDay = 4, MaxConsecutiveLosses = 3 }, time);
            var equity = 10_000m;
            foreach (var (op, amount) in ops)
            {
                var before = guardian.State;
                var haltedSince = guardian.StateSince;
                var resumed = false;
                switch (op)
                {
                    case 0: equity = Math.Max(1m, equity + (amount * 5m)); guardian.MarkEquity(equity); break;
                    case 1: guardian.RecordEntryFilled("BTC"); break;
                    case 2: guardian.RecordTradeClosed(amount); break;
                    case 3: time.Advance(TimeSpan.FromMinutes(Math.Abs(amount) * 7)); guardian.Tick(); break;
                    case 4: guardian.Halt("test halt"); break;
                    case 5: guardian.Reduce("test reduce"); break;
                    case 6 when amount % 5 == 0: guardian.Resume("operator"); resumed = true; break;
                    default: guardian.CanOpen("BTC"); break;
                }

                var cooledDown = cooldown is { } c && time.GetUtcNow() - haltedSince >= c;
                if (before == TradingState.Halted && guardian.State != TradingState.Halted && !resumed && !cooledDown)
                {
                    return false.Label($"left HALTED by operation {op} without resume or cooldown");
                }
            }

            return true.ToProperty();
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
