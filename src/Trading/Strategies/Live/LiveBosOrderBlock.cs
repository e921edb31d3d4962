using FractalTrader.Trading.Detectors;
using FractalTrader.Trading.Strategies.BosOrderBlock;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// The break-of-structure + order-block strategy, bar by bar (spec §4.3): a setup triggers on the
/// newest bar when it is the first touch of the block since a recent break of structure.
/// Mutable; not thread-safe.
/// </summary>
internal sealed class LiveBosOrderBlock : LiveStrategy
{
    private readonly BarHistory bars;
    private readonly SwingTracker swings;
    private readonly BosOrderBlockParameters parameters;
    private readonly StructureBreakTracker upBreaks;
    private readonly StructureBreakTracker downBreaks;
    private readonly WindowList<OrderBlock> bullishBlocks = new();
    private readonly WindowList<OrderBlock> bearishBlocks = new();

    public LiveBosOrderBlock(BarHistory bars, SwingTracker swings, BosOrderBlockParameters parameters)
        : base(parameters)
    {
        this.bars = bars;
        this.swings = swings;
        this.parameters = parameters;
        upBreaks = new StructureBreakTracker(bars, swings, highs: true, parameters.ObValidityBars + 1);
        downBreaks = new StructureBreakTracker(bars, swings, highs: false, parameters.ObValidityBars + 1);
    }

    public override void OnBar(List<SignalDraft> drafts)
    {
        upBreaks.OnBar();
        downBreaks.OnBar();
        var t = bars.Last;
        var firstBlock = bars.Start + 1;
        var candidate = t - 1;
        if (candidate >= firstBlock)
        {
            var opens = bars.OpensFrom(candidate);
            var closes = bars.ClosesFrom(candidate);
            if (OrderBlocks.IsBullish(opens, closes, 0, parameters.MinImpulsePercent))
            {
                bullishBlocks.Add(new OrderBlock(candidate, bars.Low(candidate), bars.High(candidate)));
            }

            if (OrderBlocks.IsBearish(opens, closes, 0, parameters.MinImpulsePercent))
            {
                bearishBlocks.Add(new OrderBlock(candidate, bars.Low(candidate), bars.High(candidate)));
            }
        }

        Expire(bullishBlocks, firstBlock);
        Expire(bearishBlocks, firstBlock);
        Collect(upBreaks, bullishBlocks, TradeDirection.Long, drafts);
        Collect(downBreaks, bearishBlocks, TradeDirection.Short, drafts);
    }

    private static void Expire(WindowList<OrderBlock> blocks, int first)
    {
        var drop = 0;
        while (drop < blocks.Count && blocks[drop].Bar < first)
        {
            drop++;
        }

        blocks.RemoveFirst(drop);
    }

    private static OrderBlock? LatestBefore(WindowList<OrderBlock> blocks, int bar)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i].Bar < bar)
            {
                return blocks[i];
            }
        }

        return null;
    }

    private void Collect(StructureBreakTracker breaks, WindowList<OrderBlock> blocks, TradeDirection direction, List<SignalDraft> drafts)
    {
        var t = bars.Last;
        var oldest = t - parameters.ObValidityBars;
        foreach (var e in breaks.Events)
        {
            // Cheapest tests first: most bars touch no block at all.
            if (e.Bar < oldest || e.Bar >= t || LatestBefore(blocks, e.Bar) is not { } block || !block.IsTouchedBy(bars.Low(t), bars.High(t)))
            {
                continue;
            }

            if (TouchedBetween(block, e.Bar + 1, t - 1) || !breaks.IsBreakOfStructure(e))
            {
                continue;
            }

            var entry = bars.Close(t);
            var draft = direction == TradeDirection.Long
                ? BosOrderBlockScan.Long(t, entry, block, EarliestSwingAbove(entry))
                : BosOrderBlockScan.Short(t, entry, block, LatestSwingBelow(entry));
            if (draft is { } d && d.Passes(parameters.MinRiskReward))
            {
                drafts.Add(d);
            }
        }
    }

    private bool TouchedBetween(in OrderBlock block, int from, int to)
    {
        for (var r = from; r <= to; r++)
        {
            if (block.IsTouchedBy(bars.Low(r), bars.High(r)))
            {
                return true;
            }
        }

        return false;
    }

    private double EarliestSwingAbove(double price)
    {
        for (var i = 0; i < swings.Count; i++)
        {
            var point = swings[i];
            if (point.IsHigh && point.Price > price)
            {
                return point.Price;
            }
        }

        return double.NaN;
    }

    private double LatestSwingBelow(double price)
    {
        for (var i = swings.Count - 1; i >= 0; i--)
        {
            var point = swings[i];
            if (!point.IsHigh && point.Price < price)
            {
                return point.Price;
            }
        }

        return double.NaN;
    }
}
