using FractalTrader.Trading.Strategies.LiquiditySweep;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>The liquidity sweep strategy, bar by bar (spec §4.1). Mutable; not thread-safe.</summary>
internal sealed class LiveLiquiditySweep : LiveStrategy
{
    private readonly BarHistory bars;
    private readonly SwingTracker swings;
    private readonly LiquidityLevelBook lows;
    private readonly LiquidityLevelBook highs;
    private readonly LiquiditySweepParameters parameters;

    public LiveLiquiditySweep(BarHistory bars, SwingTracker swings, LiquiditySweepParameters parameters)
        : base(parameters)
    {
        this.bars = bars;
        this.swings = swings;
        this.parameters = parameters;
        lows = new LiquidityLevelBook(bars, swings, bullish: true, parameters.Tolerance, parameters.MaxReversalBars);
        highs = new LiquidityLevelBook(bars, swings, bullish: false, parameters.Tolerance, parameters.MaxReversalBars);
    }

    public override void OnBar(List<SignalDraft> drafts)
    {
        lows.OnBar();
        highs.OnBar();
        var t = bars.Last;
        if (lows.SweptOnLastBar)
        {
            var target = swings.Latest(isHigh: true)?.Price ?? double.NaN;
            if (LiquiditySweepScan.Long(t, bars.Close(t), bars.Low(t), target) is { } draft && draft.Passes(parameters.MinRiskReward))
            {
                drafts.Add(draft);
            }
        }

        if (highs.SweptOnLastBar)
        {
            var target = swings.Latest(isHigh: false)?.Price ?? double.NaN;
            if (LiquiditySweepScan.Short(t, bars.Close(t), bars.High(t), target) is { } draft && draft.Passes(parameters.MinRiskReward))
            {
                drafts.Add(draft);
            }
        }
    }
}
